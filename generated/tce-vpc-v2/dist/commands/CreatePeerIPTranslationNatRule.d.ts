import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreatePeerIPTranslationNatRuleRequest, CreatePeerIPTranslationNatRuleResponse } from "../types.js";
/**
 * 添加对端IP转换
 *
 * 本接口(CreatePeerIPTranslationNatRule)用于添加专线网关对端IP转换。
 * 1) 专线对端原始IP映射为新IP，并以新IP与连接的私有网络进行网络互访，只能NAT类型网关才支持。2) 转换后IP不能在VPC网段内。3) 同一个NAT网关下的对端IP转换规则原始IP不能重复，转换后IP也不能重复。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreatePeerIPTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createPeerIPTranslationNatRule({
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
export declare function createPeerIPTranslationNatRule(client: VpcV2BaseClient, input: CreatePeerIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<CreatePeerIPTranslationNatRuleResponse>;
