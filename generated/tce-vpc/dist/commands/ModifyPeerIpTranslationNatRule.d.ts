import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyPeerIpTranslationNatRuleRequest, ModifyPeerIpTranslationNatRuleResponse } from "../types.js";
/**
 * 修改专线网关对端IP转换
 *
 * 修改专线网关对端IP转换
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyPeerIpTranslationNatRuleErrorCode}.
 */
export declare function modifyPeerIpTranslationNatRule(client: VpcBaseClient, input: ModifyPeerIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<ModifyPeerIpTranslationNatRuleResponse>;
