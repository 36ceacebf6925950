import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteLocalDestinationIPPortTranslationNatRuleRequest, DeleteLocalDestinationIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 删除本端目的IP端口转换
 *
 * 本接口(DeleteLocalDestinationIPPortTranslationNatRule)用于删除专线网关本端目的IP端口转换。
 * 转换后 IP 池内 IP 不能在 VPC 网段内，IP 池支持单个 IP、IP 段(如183.63.0.1-183.63.0.10)和CIDR格式。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalDestinationIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteLocalDestinationIPPortTranslationNatRule({
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
export declare function deleteLocalDestinationIPPortTranslationNatRule(client: VpcV2BaseClient, input: DeleteLocalDestinationIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DeleteLocalDestinationIPPortTranslationNatRuleResponse>;
