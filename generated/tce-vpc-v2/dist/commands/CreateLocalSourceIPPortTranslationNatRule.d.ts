import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateLocalSourceIPPortTranslationNatRuleRequest, CreateLocalSourceIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 添加本端源IP端口转换
 *
 * 本接口(CreateLocalSourceIPPortTranslationNatRule)用于添加专线网关本端源IP端口转换。
 * 1) 私有网络内源IP端口映射为指定IP池内随机IP的随机端口主动访问，只有NAT类型的专线网关支持。2) 转换后IP池内IP不能在VPC网段内，IP池支持单个IP、IP段(例如183.63.0.1-183.63.0.10)和CIDR格式。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLocalSourceIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createLocalSourceIPPortTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dcg-mm01ughx",
 *   localSourceIPPortTranslation: [
 *     {
 *       translationIPPool: "183.12.63.0-183.12.63.20",
 *       description: "barttest",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createLocalSourceIPPortTranslationNatRule(client: VpcV2BaseClient, input: CreateLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<CreateLocalSourceIPPortTranslationNatRuleResponse>;
