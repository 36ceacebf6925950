import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteLocalIPTranslationNatRuleRequest, DeleteLocalIPTranslationNatRuleResponse } from "../types.js";
/**
 * 删除本端IP转换
 *
 * 本接口(DeleteLocalIPTranslationNatRule)用于删除专线网关本端IP转换。
 * 删除不存在的规则时会报错。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLocalIPTranslationNatRuleErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteLocalIPTranslationNatRule({
 *   vpcId: "vpc-csnmo39l",
 *   directConnectGatewayId: "dgc-mm01ughx",
 *   localIPTranslation: [
 *     {
 *       originalIP: "10.100.10.2",
 *       translationIP: "183.0.0.1",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function deleteLocalIPTranslationNatRule(client: VpcV2BaseClient, input: DeleteLocalIPTranslationNatRuleRequest, options?: VpcV2CallOptions): Promise<DeleteLocalIPTranslationNatRuleResponse>;
