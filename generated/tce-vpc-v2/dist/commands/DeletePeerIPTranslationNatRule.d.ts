import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeletePeerIPTranslationNatRuleRequest, DeletePeerIPTranslationNatRuleResponse } from "../types.js";
/**
 * 删除对端IP转换
 *
 * 本接口(DeletePeerIPTranslationNatRule)用于删除专线网关对端IP转换。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeletePeerIPTranslationNatRuleErrorCode}.
 * @see spec/sources/tce-vpc.txt
 */
export declare function deletePeerIPTranslationNatRule(client: VpcV2BaseClient, input: DeletePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DeletePeerIPTranslationNatRuleResponse>;
