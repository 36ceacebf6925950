import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeLocalSourceIPPortTranslationAclRuleRequest, DescribeLocalSourceIPPortTranslationAclRuleResponse } from "../types.js";
/**
 * 查询本端源IP端口转换ACL策略
 *
 * 本接口(DescribeLocalSourceIPPortTranslationAclRule)用于查询本端IP端口转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLocalSourceIPPortTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeLocalSourceIPPortTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   translationIPPool: "11.1.1.1-11.1.1.10",
 *   aclRules: ["25"],
 * });
 * console.log(res);
 */
export declare function describeLocalSourceIPPortTranslationAclRule(client: VpcV2BaseClient, input: DescribeLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<DescribeLocalSourceIPPortTranslationAclRuleResponse>;
