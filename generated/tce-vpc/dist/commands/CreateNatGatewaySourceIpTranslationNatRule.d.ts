import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateNatGatewaySourceIpTranslationNatRuleRequest, CreateNatGatewaySourceIpTranslationNatRuleResponse } from "../types.js";
/**
 * 创建NAT网关SNAT规则
 *
 * 本接口(CreateNatGatewaySourceIpTranslationNatRule)用于创建NAT网关SNAT规则
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewaySourceIpTranslationNatRuleErrorCode}.
 */
export declare function createNatGatewaySourceIpTranslationNatRule(client: VpcBaseClient, input: CreateNatGatewaySourceIpTranslationNatRuleRequest, options?: VpcCallOptions): Promise<CreateNatGatewaySourceIpTranslationNatRuleResponse>;
