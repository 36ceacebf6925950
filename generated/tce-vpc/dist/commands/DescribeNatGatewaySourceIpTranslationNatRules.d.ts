import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNatGatewaySourceIpTranslationNatRulesRequest, DescribeNatGatewaySourceIpTranslationNatRulesResponse } from "../types.js";
/**
 * 查询NAT网关SNAT转发规则
 *
 * 本接口 (DescribeNatGatewaySourceIpTranslationNatRules) 用于查询NAT网关SNAT转发规则对象数组。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewaySourceIpTranslationNatRulesErrorCode}.
 */
export declare function describeNatGatewaySourceIpTranslationNatRules(client: VpcBaseClient, input: DescribeNatGatewaySourceIpTranslationNatRulesRequest, options?: VpcCallOptions): Promise<DescribeNatGatewaySourceIpTranslationNatRulesResponse>;
