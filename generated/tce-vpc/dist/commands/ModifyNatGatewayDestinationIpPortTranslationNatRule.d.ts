import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest, ModifyNatGatewayDestinationIpPortTranslationNatRuleResponse } from "../types.js";
/**
 * 修改NAT网关端口转发规则
 *
 * 本接口 (ModifyNatGatewayDestinationIpPortTranslationNatRule) 用于修改NAT网关端口转发规则。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayDestinationIpPortTranslationNatRuleErrorCode}.
 */
export declare function modifyNatGatewayDestinationIpPortTranslationNatRule(client: VpcBaseClient, input: ModifyNatGatewayDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<ModifyNatGatewayDestinationIpPortTranslationNatRuleResponse>;
