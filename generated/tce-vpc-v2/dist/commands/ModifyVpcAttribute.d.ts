import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyVpcAttributeRequest, ModifyVpcAttributeResponse } from "../types.js";
/**
 * 修改私有网络名称
 *
 * 本接口(ModifyVpcAttribute)用于修改私有网络。
 * 目前仅支持修改私有网络属性中的名称。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyVpcAttribute({
 *   vpcId: "vpc-2ari9m7h",
 *   vpcName: "vpcName1",
 * });
 * console.log(res);
 */
export declare function modifyVpcAttribute(client: VpcV2BaseClient, input: ModifyVpcAttributeRequest, options?: VpcV2CallOptions): Promise<ModifyVpcAttributeResponse>;
