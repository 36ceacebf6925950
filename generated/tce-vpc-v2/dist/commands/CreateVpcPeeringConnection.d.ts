import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateVpcPeeringConnectionRequest, CreateVpcPeeringConnectionResponse } from "../types.js";
/**
 * 创建同地域对等连接
 *
 * 本接口(CreateVpcPeeringConnection)用于创建同地域对等连接。
 * 1) 同地域对等连接用于打通两个相同地域的私有网络，需要互通的两个私有网络网段不能重叠，更多信息详见对等连接介绍。2) 跨账户的对等连接需要对端接受才生效，同账户的立即生效。3) 同地域对等连接没有流量上限。4) 同地域对等连接是免费服务。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcPeeringConnectionErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createVpcPeeringConnection({
 *   vpcId: "gz_vpc_226",
 *   peerVpcId: "gz_vpc_89",
 *   peerUin: "2407912486",
 *   peeringConnectionName: "tses",
 * });
 * console.log(res);
 */
export declare function createVpcPeeringConnection(client: VpcV2BaseClient, input: CreateVpcPeeringConnectionRequest, options?: VpcV2CallOptions): Promise<CreateVpcPeeringConnectionResponse>;
