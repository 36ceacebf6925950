import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteLocalSourceIpPortTranslationAclRuleRequest, DeleteLocalSourceIpPortTranslationAclRuleResponse } from "../types.js";
/**
 * 删除专线网关本端源IP端口转换ACL规则
 *
 * 删除专线网关本端源IP端口转换ACL规则
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIpPortTranslationAclRuleErrorCode}.
 */
export declare function deleteLocalSourceIpPortTranslationAclRule(client: VpcBaseClient, input: DeleteLocalSourceIpPortTranslationAclRuleRequest, options?: VpcCallOptions): Promise<DeleteLocalSourceIpPortTranslationAclRuleResponse>;
