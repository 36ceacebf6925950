import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyLocalSourceIPPortTranslationAclRuleRequest, ModifyLocalSourceIPPortTranslationAclRuleResponse } from "../types.js";
/**
 * 修改本端源IP端口转换ACL策略
 *
 * 本接口(ModifyLocalSourceIPPortTranslationAclRule)用于修改本端IP端口转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIPPortTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyLocalSourceIPPortTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   translationIPPool: "138.0.0.11-138.0.0.111",
 *   aclRules: [
 *     {
 *       aclRuleId: 26,
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
export declare function modifyLocalSourceIPPortTranslationAclRule(client: VpcV2BaseClient, input: ModifyLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<ModifyLocalSourceIPPortTranslationAclRuleResponse>;
