import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyLocalIPTranslationNatRuleRequest, ModifyLocalIPTranslationNatRuleResponse } from "../types.js";
/**
 * 修改本端IP转换
 *
 * 本接口(ModifyLocalIPTranslationNatRule)用于修改专线网关本端IP转换规则。
 * 本接口用于修改指定专线网关的本端IP转换规则
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLocalIPTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyLocalIPTranslationNatRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   oldOriginalIP: "10.0.0.1",
 *   oldTranslationIP: "138.0.0.1",
 *   originalIP: "10.0.0.5",
 *   translationIP: "138.0.0.11",
 * });
 * console.log(res);
 */
export declare function modifyLocalIPTranslationNatRule(client: VpcV2BaseClient, input: ModifyLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<ModifyLocalIPTranslationNatRuleResponse>;
