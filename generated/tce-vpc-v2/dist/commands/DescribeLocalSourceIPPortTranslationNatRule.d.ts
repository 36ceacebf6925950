import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeLocalSourceIPPortTranslationNatRuleRequest, DescribeLocalSourceIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 查询本端源IP端口转换
 *
 * 本接口(DescribeLocalSourceIPPortTranslationNatRule)用于查询专线网关本端源IP端口转换规则本接口用于查询指定专线网关的本端源IP端口转换规则
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeLocalSourceIPPortTranslationNatRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 * });
 * console.log(res);
 */
export declare function describeLocalSourceIPPortTranslationNatRule(client: VpcV2BaseClient, input: DescribeLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DescribeLocalSourceIPPortTranslationNatRuleResponse>;
