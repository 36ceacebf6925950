import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateVpcPeeringConnectionExRequest, CreateVpcPeeringConnectionExResponse } from "../types.js";
/**
 * 创建跨地域对等连接
 *
 * 用于创建跨地域对等连接的接口。
 * - 跨地域对等连接用于打通两个不同地域下的私有网络，需要互通的两个私有网络网段不能重叠。
 * - 跨账户的对等连接需要对端接受才生效，同账户的立即生效。
 * - 跨域互通带宽可以设置，创建后如果需要调整请联系客服申请。
 * - 跨地域互通目前支持的地域、支持的带宽上限、收费标准请参见对等连接介绍。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcPeeringConnectionExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createVpcPeeringConnectionEx({
 *   vpcId: "gz_vpc_226",
 *   peerVpcId: "gz_vpc_89",
 *   peerUin: "2407912486",
 *   peeringConnectionName: "tses",
 *   peerRegion: "gz",
 *   bandwidth: "20",
 * });
 * console.log(res);
 */
export declare function createVpcPeeringConnectionEx(client: VpcV2BaseClient, input: CreateVpcPeeringConnectionExRequest, options?: VpcV2CallOptions): Promise<CreateVpcPeeringConnectionExResponse>;
