import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyLocalDestinationIPPortTranslationNatRuleRequest, ModifyLocalDestinationIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 修改本端目的IP端口转换
 *
 * 本接口(ModifyLocalDestinationIPPortTranslationNatRule)用于修改专线网关本端目的IP端口转换规则。
 * 本接口用于修改指定专线网关的本端目的 IP 端口转换规则
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLocalDestinationIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyLocalDestinationIPPortTranslationNatRule({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   oldOriginalIP: "10.0.0.1",
 *   oldOriginalPort: "80",
 *   oldTranslationIP: "138.0.0.1",
 *   oldTranslationPort: "90",
 *   oldProto: "tcp",
 *   description: "dcg-ddf14d",
 * });
 * console.log(res);
 */
export declare function modifyLocalDestinationIPPortTranslationNatRule(client: VpcV2BaseClient, input: ModifyLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<ModifyLocalDestinationIPPortTranslationNatRuleResponse>;
