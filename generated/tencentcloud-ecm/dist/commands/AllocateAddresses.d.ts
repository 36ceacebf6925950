import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AllocateAddressesRequest, AllocateAddressesResponse } from "../types.js";
/**
 * 创建弹性公网IP
 *
 * 申请一个或多个弹性公网IP（简称 EIP）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateAddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AllocateAddresses | API Explorer: call AllocateAddresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.allocateAddresses({
 *   AddressCount: 1,
 *   InternetServiceProvider: "CTCC",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function allocateAddresses(client: EcmBaseClient, input: AllocateAddressesRequest, options?: EcmCallOptions): Promise<AllocateAddressesResponse>;
