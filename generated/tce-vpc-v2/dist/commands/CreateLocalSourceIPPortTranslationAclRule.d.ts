import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateLocalSourceIPPortTranslationAclRuleRequest, CreateLocalSourceIPPortTranslationAclRuleResponse } from "../types.js";
/**
 * 添加本端源IP端口转换ACL策略
 *
 * 本接口(CreateLocalSourceIPPortTranslationAclRule)用于添加本端IP端口转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIPPortTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createLocalSourceIPPortTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   translationIPPool: "138.0.0.11-138.0.0.111",
 *   aclRules: [
 *     {
 *       protocol: "tcp",
 *       sourceCidr: "111.0.0.1/18",
 *       sourcePort: "80",
 *       destinationCidr: "10.0.0.2/18",
 *       destinationPort: "90",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createLocalSourceIPPortTranslationAclRule(client: VpcV2BaseClient, input: CreateLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<CreateLocalSourceIPPortTranslationAclRuleResponse>;
