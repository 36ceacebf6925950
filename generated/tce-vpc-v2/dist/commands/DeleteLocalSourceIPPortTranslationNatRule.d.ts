import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteLocalSourceIPPortTranslationNatRuleRequest, DeleteLocalSourceIPPortTranslationNatRuleResponse } from "../types.js";
/**
 * 删除本端源IP端口转换
 *
 * 本接口(DeleteLocalSourceIPPortTranslationNatRule)用于删除专线网关本端源IP端口转换。
 * 删除不存在的规则时会报错。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalSourceIPPortTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteLocalSourceIPPortTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dcg-mm01ughx",
 * });
 * console.log(res);
 */
export declare function deleteLocalSourceIPPortTranslationNatRule(client: VpcV2BaseClient, input: DeleteLocalSourceIPPortTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DeleteLocalSourceIPPortTranslationNatRuleResponse>;
