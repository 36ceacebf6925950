import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateLocalIPTranslationNatRuleRequest, CreateLocalIPTranslationNatRuleResponse } from "../types.js";
/**
 * 添加本端IP转换
 *
 * 本接口(CreateLocalIPTranslationNatRule)用于添加专线网关本端IP转换。
 * 1) 私有网络内原 IP 映射为新 IP，并以新 IP 与专线对端进行网络互访，只有 NAT 类型网关才支持。2) 原 IP 必须在 VPC 网段内，转换后 IP 不能在 VPC 网段内。3) 同一个 NAT 网关下的本端IP转换规则原IP不能重复，转换后IP也不能重复。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalIPTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createLocalIPTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dcg-mm01ughx",
 *   localIPTranslation: [
 *     {
 *       originalIP: "10.100.10.2",
 *       translationIP: "10.100.10.2",
 *       description: "183.0.0.1",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createLocalIPTranslationNatRule(client: VpcV2BaseClient, input: CreateLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<CreateLocalIPTranslationNatRuleResponse>;
