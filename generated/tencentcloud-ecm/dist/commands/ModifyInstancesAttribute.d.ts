import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyInstancesAttributeRequest, ModifyInstancesAttributeResponse } from "../types.js";
/**
 * 修改实例属性
 *
 * 修改实例的属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyInstancesAttribute({
 *   InstanceIdSet: ["ein-353568gt"],
 *   InstanceName: "zhibodanmu",
 * });
 * console.log(res);
 */
export declare function modifyInstancesAttribute(client: EcmBaseClient, input: ModifyInstancesAttributeRequest, options?: EcmCallOptions): Promise<ModifyInstancesAttributeResponse>;
