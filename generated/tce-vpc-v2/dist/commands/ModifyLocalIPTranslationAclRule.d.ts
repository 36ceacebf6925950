import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyLocalIPTranslationAclRuleRequest, ModifyLocalIPTranslationAclRuleResponse } from "../types.js";
/**
 * 修改本端IP转换ACL策略
 *
 * 本接口(ModifyLocalIPTranslationAclRule)用于修改本端IP转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIPTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyLocalIPTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   originalIP: "10.0.0.5",
 *   translationIP: "138.0.0.11",
 *   aclRules: [
 *     {
 *       aclRuleId: 121,
 *       protocol: "tcp",
 *       sourcePort: "80",
 *       destinationCidr: "10.0.0.2/18",
 *       destinationPort: "90",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifyLocalIPTranslationAclRule(client: VpcV2BaseClient, input: ModifyLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<ModifyLocalIPTranslationAclRuleResponse>;
