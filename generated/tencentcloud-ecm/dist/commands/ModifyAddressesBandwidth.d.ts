import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyAddressesBandwidthRequest, ModifyAddressesBandwidthResponse } from "../types.js";
/**
 * 调整弹性公网IP带宽
 *
 * 调整弹性公网IP带宽
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressesBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyAddressesBandwidth | API Explorer: call ModifyAddressesBandwidth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyAddressesBandwidth({
 *   InternetMaxBandwidthOut: 1000,
 *   AddressIds: ["eip-11112222"],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function modifyAddressesBandwidth(client: EcmBaseClient, input: ModifyAddressesBandwidthRequest, options?: EcmCallOptions): Promise<ModifyAddressesBandwidthResponse>;
