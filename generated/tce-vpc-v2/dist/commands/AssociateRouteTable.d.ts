import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AssociateRouteTableRequest, AssociateRouteTableResponse } from "../types.js";
/**
 * 修改子网关联的路由表
 *
 * 本接口(AssociateRouteTable)用于修改子网关联的路由表。
 * 一个子网只能关联一个路由表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateRouteTableErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.associateRouteTable({
 *   vpcId: "vpc-amhnao5",
 *   routeTableId: "rtb-rqndayhs",
 *   subnetId: "subnet-3x5lf5q0",
 * });
 * console.log(res);
 */
export declare function associateRouteTable(client: VpcV2BaseClient, input: AssociateRouteTableRequest, options?: VpcV2CallOptions): Promise<AssociateRouteTableResponse>;
