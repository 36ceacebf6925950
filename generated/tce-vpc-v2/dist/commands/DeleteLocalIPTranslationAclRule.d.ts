import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteLocalIPTranslationAclRuleRequest, DeleteLocalIPTranslationAclRuleResponse } from "../types.js";
/**
 * 删除本端IP转换ACL策略
 *
 * 本接口(DeleteLocalIPTranslationAclRule)用于删除本端IP转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIPTranslationAclRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteLocalIPTranslationAclRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   originalIP: "10.0.0.5",
 *   translationIP: "138.0.0.11",
 *   aclRules: ["25"],
 * });
 * console.log(res);
 */
export declare function deleteLocalIPTranslationAclRule(client: VpcV2BaseClient, input: DeleteLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<DeleteLocalIPTranslationAclRuleResponse>;
