import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteDirectConnectGatewayRequest, DeleteDirectConnectGatewayResponse } from "../types.js";
/**
 * 删除专线网关
 *
 * 本接口(DeleteDirectConnectGateway)用于删除专线网关。
 * 1) 如果是 NAT 网关，删除专线网关后，NAT 规则以及 ACL 策略都被清理了。 2) 删除专线网关后，系统会删除路由表中跟该专线网关相关的路由策略。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDirectConnectGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteDirectConnectGateway({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "d cg-ddf14d",
 * });
 * console.log(res);
 */
export declare function deleteDirectConnectGateway(client: VpcV2BaseClient, input: DeleteDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<DeleteDirectConnectGatewayResponse>;
