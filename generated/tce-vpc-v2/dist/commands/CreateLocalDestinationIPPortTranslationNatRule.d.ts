import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateLocalDestinationIPPortTranslationNatRuleRequest, CreateLocalDestinationIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 添加本端目的IP端口转换
 *
 * 本接口(CreateLocalDestinationIPPortTranslationNatRule)用于添加专线网关本端目的IP端口转换。 1)，专线对端主动访问私有网络，需访问映射后的IP端口与私有网络内原始IP的端口进行通信，回包不受影响。只有NAT类型专线网关支持。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalDestinationIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createLocalDestinationIPPortTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dcg-mm01ughx",
 *   localDestinationIPPortTranslation: [
 *     {
 *       originalIP: "10.100.10.3",
 *       originalPort: "80",
 *       translationIP: "183.0.0.1",
 *       translationPort: "90",
 *       proto: "tcp",
 *       description: "183.0.0.1",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createLocalDestinationIPPortTranslationNatRule(client: VpcV2BaseClient, input: CreateLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<CreateLocalDestinationIPPortTranslationNatRuleResponse>;
