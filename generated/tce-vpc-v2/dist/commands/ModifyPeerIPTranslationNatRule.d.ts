import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyPeerIPTranslationNatRuleRequest, ModifyPeerIPTranslationNatRuleResponse } from "../types.js";
/**
 * 修改对端IP转换
 *
 * 本接口(ModifyPeerIPTranslationNatRule)用于修改专线网关对端IP转换规则。
 * 本接口用于修改指定专线网关的对端IP转换规则。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyPeerIPTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyPeerIPTranslationNatRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   oldOriginalIP: "10.0.0.1",
 *   oldTranslationIP: "138.0.0.1",
 *   originalIP: "10.0.0.5",
 *   translationIP: "138.0.0.11",
 * });
 * console.log(res);
 */
export declare function modifyPeerIPTranslationNatRule(client: VpcV2BaseClient, input: ModifyPeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<ModifyPeerIPTranslationNatRuleResponse>;
