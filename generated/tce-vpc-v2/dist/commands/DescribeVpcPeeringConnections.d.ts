import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeVpcPeeringConnectionsRequest, DescribeVpcPeeringConnectionsResponse } from "../types.js";
/**
 * 查询对等连接
 *
 * 本接口 (DescribeVpcPeeringConnections) 用于查询私有网络对等连接
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcPeeringConnectionsErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeVpcPeeringConnections({
 *   peeringConnectionId: "pcx-dt8c7fa0",
 * });
 * console.log(res);
 */
export declare function describeVpcPeeringConnections(client: VpcV2BaseClient, input?: DescribeVpcPeeringConnectionsRequest, options?: VpcV2CallOptions): Promise<DescribeVpcPeeringConnectionsResponse>;
