import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteSecurityGroupPoliciesRequest, DeleteSecurityGroupPoliciesResponse } from "../types.js";
/**
 * 删除安全组规则
 *
 * SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本，将返回失败；若不传 Version 则直接删除指定PolicyIndex的规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPoliciesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteSecurityGroupPolicies | API Explorer: call DeleteSecurityGroupPolicies online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteSecurityGroupPolicies({
 *   SecurityGroupId: "esg-ohuuioma",
 *   SecurityGroupPolicySet: {
 *     Version: "39",
 *     Ingress: [
 *       {
 *         PolicyIndex: 0,
 *       },
 *       {
 *         PolicyIndex: 1,
 *       },
 *     ],
 *   },
 * });
 * console.log(res);
 */
export declare function deleteSecurityGroupPolicies(client: EcmBaseClient, input: DeleteSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<DeleteSecurityGroupPoliciesResponse>;
