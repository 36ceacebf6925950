import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyHaVipAttributeRequest, ModifyHaVipAttributeResponse } from "../types.js";
/**
 * 修改HAVIP属性
 *
 * 用于修改高可用虚拟IP（HAVIP）属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyHaVipAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyHaVipAttribute | API Explorer: call ModifyHaVipAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyHaVipAttribute({
 *   HaVipId: "havip-9o233uri",
 *   HaVipName: "new+name",
 * });
 * console.log(res);
 */
export declare function modifyHaVipAttribute(client: EcmBaseClient, input: ModifyHaVipAttributeRequest, options?: EcmCallOptions): Promise<ModifyHaVipAttributeResponse>;
