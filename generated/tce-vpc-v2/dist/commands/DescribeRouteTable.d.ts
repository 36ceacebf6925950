import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeRouteTableRequest, DescribeRouteTableResponse } from "../types.js";
/**
 * 查询路由表
 *
 * 本接口(DescribeRouteTable)用于查询路由表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTableErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeRouteTable({
 *   vpcId: "vpc-amhnnao5",
 *   routeTableName: "tttt111",
 * });
 * console.log(res);
 */
export declare function describeRouteTable(client: VpcV2BaseClient, input?: DescribeRouteTableRequest, options?: VpcV2CallOptions): Promise<DescribeRouteTableResponse>;
