import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteSecurityGroupPoliciesRequest, DeleteSecurityGroupPoliciesResponse } from "../types.js";
/**
 * 删除安全组规则
 *
 * 本接口 (DeleteSecurityGroupPolicies) 用于删除安全组规则 (SecurityGroupPolicy)。
 * - SecurityGroupPolicySet.Version 用于指定要操作的安全组的版本。传入 Version 版本号若不等于当前安全组的最新版本, 将返回失败; 若不传 Version 则直接删除指定 PolicyIndex 的规则。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPoliciesErrorCode}.
 */
export declare function deleteSecurityGroupPolicies(client: VpcBaseClient, input: DeleteSecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<DeleteSecurityGroupPoliciesResponse>;
