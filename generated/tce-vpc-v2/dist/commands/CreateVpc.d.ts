import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateVpcRequest, CreateVpcResponse } from "../types.js";
/**
 * 创建私有网络
 *
 * 本接口(CreateVpc)用于创建私有网络。
 * 1) 用户可以创建的最小网段子网掩码为28 (有16个IP地址)，最大网段子网掩码为16 (65,536个IP地址)，如果规划VPC网段请参见VPC网段规划说明。2) 创建VPC时可同时把子网创建好，创建子网也请规划好子网网段及子网所在可用区，同一个VPC内子网网段不能重叠，不同可用区可以做跨可用区容灾，详见VPC可用区说明。3) 如果您同时创建了子网，系统会创建一个默认路由表，系统会把子网关联到这个默认路由表。4) 同一个地域能创建的VPC资源个数也是有限制的，详见VPC使用限制，如果需要扩充请联系在线客服。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createVpc({
 *   vpcName: "bbbttest",
 *   cidrBlock: "192.168.0.0/16",
 *   subnetSet: [
 *     {
 *       subnetName: "wikitest",
 *       cidrBlock: "192.168.1.0/24",
 *       zoneId: "800001",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createVpc(client: VpcV2BaseClient, input: CreateVpcRequest, options?: VpcV2CallOptions): Promise<CreateVpcResponse>;
