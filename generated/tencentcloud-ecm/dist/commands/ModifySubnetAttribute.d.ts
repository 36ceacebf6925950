import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifySubnetAttributeRequest, ModifySubnetAttributeResponse } from "../types.js";
/**
 * 修改子网属性
 *
 * 修改子网属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySubnetAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySubnetAttribute | API Explorer: call ModifySubnetAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifySubnetAttribute({
 *   SubnetId: "subnet-ae71tjp6",
 *   SubnetName: "demo",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function modifySubnetAttribute(client: EcmBaseClient, input: ModifySubnetAttributeRequest, options?: EcmCallOptions): Promise<ModifySubnetAttributeResponse>;
