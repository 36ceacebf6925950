import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNatGatewaySourceIpTranslationNatRuleRequest, ModifyNatGatewaySourceIpTranslationNatRuleResponse } from "../types.js";
/**
 * 修改NAT网关SNAT转发规则
 *
 * 本接口 (ModifyNatGatewaySourceIpTranslationNatRule) 用于修改NAT网关SNAT转发规则。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewaySourceIpTranslationNatRuleErrorCode}.
 */
export declare function modifyNatGatewaySourceIpTranslationNatRule(client: VpcBaseClient, input: ModifyNatGatewaySourceIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<ModifyNatGatewaySourceIpTranslationNatRuleResponse>;
