import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifySubnetAttributeRequest, ModifySubnetAttributeResponse } from "../types.js";
/**
 * 修改子网属性
 *
 * 本接口(ModifySubnetAttribute)用于修改子网属性。
 * 目前仅支持修改子网属性中的名称。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySubnetAttributeErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySubnetAttribute({
 *   vpcId: "vpc-2ari9m7h",
 *   subnetId: "subnet-5gu2jxf4",
 *   subnetName: "wikitttt",
 * });
 * console.log(res);
 */
export declare function modifySubnetAttribute(client: VpcV2BaseClient, input: ModifySubnetAttributeRequest, options?: VpcV2CallOptions): Promise<ModifySubnetAttributeResponse>;
