import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteLocalSourceIPPortTranslationAclRuleRequest, DeleteLocalSourceIPPortTranslationAclRuleResponse } from "../types.js";
/**
 * 删除本端源IP端口转换ACL策略
 *
 * 本接口(DeleteLocalSourceIPPortTranslationAclRule)用于删除本端IP端口转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIPPortTranslationAclRuleErrorCode}.
 * @see spec/sources/tce-vpc.txt
 */
export declare function deleteLocalSourceIPPortTranslationAclRule(client: VpcV2BaseClient, input: DeleteLocalSourceIPPortTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<DeleteLocalSourceIPPortTranslationAclRuleResponse>;
