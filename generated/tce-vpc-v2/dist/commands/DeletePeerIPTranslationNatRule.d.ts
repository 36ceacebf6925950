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
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deletePeerIPTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dcg-mm01ughx",
 *   peerIPTranslation: [
 *     {
 *       originalIP: "10.100.10.3",
 *       translationIP: "183.0.0.1",
 *       description: "183.0.0.1",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function deletePeerIPTranslationNatRule(client: VpcV2BaseClient, input: DeletePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DeletePeerIPTranslationNatRuleResponse>;
