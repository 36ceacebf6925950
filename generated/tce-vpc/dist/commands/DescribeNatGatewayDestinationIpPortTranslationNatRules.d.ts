import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest, DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse } from "../types.js";
/**
 * 查询NAT网关端口转发规则
 *
 * 本接口 (DescribeNatGatewayDestinationIpPortTranslationNatRules) 用于查询NAT网关端口转发规则对象数组。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewayDestinationIpPortTranslationNatRulesErrorCode}.
 */
export declare function describeNatGatewayDestinationIpPortTranslationNatRules(client: VpcBaseClient, input?: DescribeNatGatewayDestinationIpPortTranslationNatRulesRequest, options?: VpcCallOptions): Promise<DescribeNatGatewayDestinationIpPortTranslationNatRulesResponse>;
