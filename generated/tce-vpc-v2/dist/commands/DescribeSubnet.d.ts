import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeSubnetRequest, DescribeSubnetResponse } from "../types.js";
/**
 * 查询子网详情
 *
 * 本接口(DescribeSubnet)用于查询子网属性。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeSubnet({
 *   vpcId: "gz_vpc_265",
 *   subnetId: "subnet-pitzbpy",
 *   subnetName: "apiSubnetTest",
 * });
 * console.log(res);
 */
export declare function describeSubnet(client: VpcV2BaseClient, input: DescribeSubnetRequest, options?: VpcV2CallOptions): Promise<DescribeSubnetResponse>;
