import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleSecurityGroupsRequest, ModifyModuleSecurityGroupsResponse } from "../types.js";
/**
 * 修改模块默认安全组
 *
 * 修改模块默认安全组
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleSecurityGroups | API Explorer: call ModifyModuleSecurityGroups online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleSecurityGroups({
 *   SecurityGroupIdSet: ["esg-2071nxxw", "esg-belgyqvu"],
 *   ModuleId: "em-06qmx7wa",
 * });
 * console.log(res);
 */
export declare function modifyModuleSecurityGroups(client: EcmBaseClient, input: ModifyModuleSecurityGroupsRequest, options?: EcmCallOptions): Promise<ModifyModuleSecurityGroupsResponse>;
