import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateSubnetRequest, CreateSubnetResponse } from "../types.js";
/**
 * 创建子网
 *
 * 本接口(CreateSubnet)用于创建子网。
 * 1) 创建子网前必须创建好 VPC。2) 子网创建成功后，子网网段不能修改。子网网段必须在VPC网段内，可以和VPC网段相同（VPC有且只有一个子网时），建议子网网段在VPC网段内，预留网段给其他子网使用。3) 您可以创建的最小网段子网掩码为28（有16个IP地址），最大网段子网掩码为16（65,536个IP地址）。3) 同一个VPC内，多个子网的网段不能重叠。4) 子网创建后会自动关联到默认路由表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSubnetErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createSubnet({
 *   vpcId: "vpc-kd7d06of",
 *   subnetSet: [
 *     {
 *       subnetName: "tttt",
 *       cidrBlock: "10.0.200.0/24",
 *       zoneId: "800001",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createSubnet(client: VpcV2BaseClient, input: CreateSubnetRequest, options?: VpcV2CallOptions): Promise<CreateSubnetResponse>;
