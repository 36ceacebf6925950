import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReplaceSecurityGroupPolicyRequest, ReplaceSecurityGroupPolicyResponse } from "../types.js";
/**
 * 替换单条安全组路由规则
 *
 * 替换单条安全组路由规则, 单个请求中只能替换单个方向的一条规则, 必须要指定索引（PolicyIndex）。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceSecurityGroupPolicyErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function replaceSecurityGroupPolicy(client: EcmBaseClient, input: ReplaceSecurityGroupPolicyRequest, options?: EcmCallOptions): Promise<ReplaceSecurityGroupPolicyResponse>;
