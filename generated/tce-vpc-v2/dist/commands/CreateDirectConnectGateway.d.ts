import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateDirectConnectGatewayRequest, CreateDirectConnectGatewayResponse } from "../types.js";
/**
 * 创建专线网关
 *
 * 本接口(CreateDirectConnectGateway)用于创建专线网关。
 * 1) 专线网关用于连接私有网络和您的物理专线，更多产品介绍详见专线网关产品说明。2) 专线网关分NAT和非NAT两种类型，NAT类型支持网络地址转换配置，类型确定后不能修改；一个私有网络可以创建一个NAT类型的专线网关和一个非NAT类型的专线网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDirectConnectGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createDirectConnectGateway({
 *   vpclId: "vpc-dfgg190",
 *   directConnectGatewayName: "专线网关",
 *   type: 0,
 * });
 * console.log(res);
 */
export declare function createDirectConnectGateway(client: VpcV2BaseClient, input: CreateDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<CreateDirectConnectGatewayResponse>;
