import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifySecurityGroupAttributeRequest, ModifySecurityGroupAttributeResponse } from "../types.js";
/**
 * 修改安全组属性
 *
 * 修改安全组属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifySecurityGroupAttribute | API Explorer: call ModifySecurityGroupAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifySecurityGroupAttribute({
 *   SecurityGroupId: "esg-33ocnj9n",
 *   GroupName: "demo",
 *   GroupDescription: "demo",
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupAttribute(client: EcmBaseClient, input: ModifySecurityGroupAttributeRequest, options?: EcmCallOptions): Promise<ModifySecurityGroupAttributeResponse>;
