import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateLocalIpTranslationAclRuleRequest, CreateLocalIpTranslationAclRuleResponse } from "../types.js";
/**
 * 创建专线网关本端IP转换ACL规则
 *
 * 创建专线网关本端IP转换ACL规则
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalIpTranslationAclRuleErrorCode}.
 */
export declare function createLocalIpTranslationAclRule(client: VpcBaseClient, input: CreateLocalIpTranslationAclRuleRequest, options?: VpcCallOptions): Promise<CreateLocalIpTranslationAclRuleResponse>;
