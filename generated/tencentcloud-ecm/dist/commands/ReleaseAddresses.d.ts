import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReleaseAddressesRequest, ReleaseAddressesResponse } from "../types.js";
/**
 * 释放弹性公网IP
 *
 * 释放一个或多个弹性公网IP（简称 EIP）。该操作不可逆，释放后 EIP 关联的 IP 地址将不再属于您的名下。只有状态为 UNBIND 的 EIP 才能进行释放操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReleaseAddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseAddresses | API Explorer: call ReleaseAddresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.releaseAddresses({
 *   AddressIds: ["eip-11112222"],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function releaseAddresses(client: EcmBaseClient, input: ReleaseAddressesRequest, options?: EcmCallOptions): Promise<ReleaseAddressesResponse>;
