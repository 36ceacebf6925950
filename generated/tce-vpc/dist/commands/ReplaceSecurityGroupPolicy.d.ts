import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReplaceSecurityGroupPolicyRequest, ReplaceSecurityGroupPolicyResponse } from "../types.js";
/**
 * 替换单条安全组路由规则
 *
 * 本接口 (ReplaceSecurityGroupPolicy) 用于替换单条安全组规则 (SecurityGroupPolicy)。单个请求中只能替换单个方向的一条规则, 必须要指定索引 (PolicyIndex)。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceSecurityGroupPolicyErrorCode}.
 */
export declare function replaceSecurityGroupPolicy(client: VpcBaseClient, input: ReplaceSecurityGroupPolicyRequest, options?: VpcCallOptions): Promise<ReplaceSecurityGroupPolicyResponse>;
