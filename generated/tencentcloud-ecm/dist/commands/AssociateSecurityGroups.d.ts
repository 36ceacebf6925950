import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssociateSecurityGroupsRequest, AssociateSecurityGroupsResponse } from "../types.js";
/**
 * 绑定安全组
 *
 * 绑定安全组
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssociateSecurityGroups | API Explorer: call AssociateSecurityGroups online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.associateSecurityGroups({
 *   InstanceIds: ["ein-2zvpghhc", "ein-915zrb0p"],
 *   SecurityGroupIds: ["esg-9id3l839"],
 * });
 * console.log(res);
 */
export declare function associateSecurityGroups(client: EcmBaseClient, input: AssociateSecurityGroupsRequest, options?: EcmCallOptions): Promise<AssociateSecurityGroupsResponse>;
