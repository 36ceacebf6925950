import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSecurityGroupPoliciesRequest, DescribeSecurityGroupPoliciesResponse } from "../types.js";
/**
 * 查询安全组规则
 *
 * 本接口 (DescribeSecurityGroupPolicies) 用于查询安全组规则。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPoliciesErrorCode}.
 */
export declare function describeSecurityGroupPolicies(client: VpcBaseClient, input: DescribeSecurityGroupPoliciesRequest, options?: VpcCallOptions): Promise<DescribeSecurityGroupPoliciesResponse>;
