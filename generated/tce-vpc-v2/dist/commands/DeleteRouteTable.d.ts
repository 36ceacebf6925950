import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteRouteTableRequest, DeleteRouteTableResponse } from "../types.js";
/**
 * 删除路由表
 *
 * 本接口(DeleteRouteTable)用于删除路由表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteRouteTable({
 *   vpcId: "vpc-amhnao5",
 *   routeTableId: "rtb-4ahe1qy2",
 * });
 * console.log(res);
 */
export declare function deleteRouteTable(client: VpcV2BaseClient, input: DeleteRouteTableRequest, options?: VpcV2CallOptions): Promise<DeleteRouteTableResponse>;
