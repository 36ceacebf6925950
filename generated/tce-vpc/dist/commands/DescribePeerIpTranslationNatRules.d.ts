import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribePeerIpTranslationNatRulesRequest, DescribePeerIpTranslationNatRulesResponse } from "../types.js";
/**
 * 查询专线网关对端IP转换
 *
 * 查询专线网关对端IP转换
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribePeerIpTranslationNatRulesErrorCode}.
 */
export declare function describePeerIpTranslationNatRules(client: VpcBaseClient, input: DescribePeerIpTranslationNatRulesRequest, options?: VpcCallOptions): Promise<DescribePeerIpTranslationNatRulesResponse>;
