import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyRouteTableAttributeRequest, ModifyRouteTableAttributeResponse } from "../types.js";
/**
 * 修改路由表
 *
 * 本接口 (ModifyRouteTableAttribute) 用于修改路由表属性。
 * 修改路由表后会用新提交的内容全量替换原有的路由表内容。用户需要新增路由策略时将原有内容一并提交。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyRouteTableAttributeErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyRouteTableAttribute({
 *   vpcId: "vpc-amhnao5",
 *   routeTableId: "rtb-8oidkjt2",
 *   routeSet: [
 *     {
 *       destinationCidrBlock: "121.0.23.51/18",
 *       nextType: "1",
 *       nextHub: "vpngw-dystbrkv",
 *     },
 *   ],
 *   routeTableName: "tttt111",
 * });
 * console.log(res);
 */
export declare function modifyRouteTableAttribute(client: VpcV2BaseClient, input: ModifyRouteTableAttributeRequest, options?: VpcV2CallOptions): Promise<ModifyRouteTableAttributeResponse>;
