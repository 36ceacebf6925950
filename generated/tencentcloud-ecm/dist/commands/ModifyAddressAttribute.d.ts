import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyAddressAttributeRequest, ModifyAddressAttributeResponse } from "../types.js";
/**
 * 修改弹性公网IP属性
 *
 * 修改弹性公网IP属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyAddressAttribute | API Explorer: call ModifyAddressAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyAddressAttribute({
 *   AddressId: "eip-11112222",
 *   AddressName: "test_eip",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function modifyAddressAttribute(client: EcmBaseClient, input: ModifyAddressAttributeRequest, options?: EcmCallOptions): Promise<ModifyAddressAttributeResponse>;
