import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest, DeleteNatGatewayDestinationIpPortTranslationNatRuleResponse } from "../types.js";
/**
 * 删除NAT网关端口转发规则
 *
 * 本接口 (DeleteNatGatewayDestinationIpPortTranslationNatRule) 用于删除NAT网关端口转发规则。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayDestinationIpPortTranslationNatRuleErrorCode}.
 */
export declare function deleteNatGatewayDestinationIpPortTranslationNatRule(client: VpcBaseClient, input: DeleteNatGatewayDestinationIpPortTranslationNatRuleRequest, options?: VpcCallOptions): Promise<DeleteNatGatewayDestinationIpPortTranslationNatRuleResponse>;
