import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteSubnetRequest, DeleteSubnetResponse } from "../types.js";
/**
 * 删除子网
 *
 * 本接口(DeleteSubnet)用于删除子网。
 * 删除子网前，请清理该子网下所有资源，包括云服务器、负载均衡、云数据、noSql等资源。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSubnetErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteSubnet({
 *   vpcId: "vpc-kd7d06of",
 *   subnetId: "subnet-k20jbhp0",
 * });
 * console.log(res);
 */
export declare function deleteSubnet(client: VpcV2BaseClient, input: DeleteSubnetRequest, options?: VpcV2CallOptions): Promise<DeleteSubnetResponse>;
