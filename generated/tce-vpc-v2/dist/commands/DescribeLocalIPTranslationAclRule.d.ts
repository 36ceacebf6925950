import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeLocalIPTranslationAclRuleRequest, DescribeLocalIPTranslationAclRuleResponse } from "../types.js";
/**
 * 查询本端IP转换ACL策略
 *
 * 本接口 (DescribeLocalIPTranslationAclRule) 用于查询本端 IP 转换 ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLocalIPTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeLocalIPTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   originalIP: "10.0.0.5",
 *   translationIP: "138.0.0.11",
 * });
 * console.log(res);
 */
export declare function describeLocalIPTranslationAclRule(client: VpcV2BaseClient, input: DescribeLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<DescribeLocalIPTranslationAclRuleResponse>;
