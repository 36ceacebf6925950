import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteNatGatewayRequest, DeleteNatGatewayResponse } from "../types.js";
/**
 * 删除NAT网关
 *
 * 本接口(DeleteNatGateway)用于删除NAT网关
 * 删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteNatGateway({
 *   vpcId: "190",
 *   natId: "nat-7t9nf3pu",
 * });
 * console.log(res);
 */
export declare function deleteNatGateway(client: VpcV2BaseClient, input: DeleteNatGatewayRequest, options?: VpcV2CallOptions): Promise<DeleteNatGatewayResponse>;
