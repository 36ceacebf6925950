import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateLocalIPTranslationAclRuleRequest, CreateLocalIPTranslationAclRuleResponse } from "../types.js";
/**
 * 添加本端IP转换ACL策略
 *
 * 本接口(CreateLocalIPTranslationAclRule)用于添加本端IP转换ACL策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalIPTranslationAclRuleErrorCode}.
 * @see spec/sources/tce-vpc.txt
 */
export declare function createLocalIPTranslationAclRule(client: VpcV2BaseClient, input: CreateLocalIPTranslationAclRuleRequest, options?: VpcV2CallOptions): Promise<CreateLocalIPTranslationAclRuleResponse>;
