import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyLocalSourceIPPortTranslationNatRuleRequest, ModifyLocalSourceIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 修改本端源IP端口转换
 *
 * 本接口(ModifyLocalSourceIPPortTranslationNatRule)用于修改专线网关本端源IP端口转换规则。
 * 本接口用于修改指定专线网关的本端源IP端口转换规则
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLocalSourceIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyLocalSourceIPPortTranslationNatRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   oldTranslationIPPool: "138.0.0.11-138.0.0.19",
 *   translationIPPool: "138.0.0.11-138.0.0.25",
 * });
 * console.log(res);
 */
export declare function modifyLocalSourceIPPortTranslationNatRule(client: VpcV2BaseClient, input: ModifyLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<ModifyLocalSourceIPPortTranslationNatRuleResponse>;
