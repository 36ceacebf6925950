import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpnConnectionsRequest, DescribeVpnConnectionsResponse } from "../types.js";
/**
 * 查询VPN通道列表
 *
 * 本接口 (DescribeVpnConnections) 查询VPN通道列表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnectionsErrorCode}.
 */
export declare function describeVpnConnections(client: VpcBaseClient, input?: DescribeVpnConnectionsRequest, options?: VpcCallOptions): Promise<DescribeVpnConnectionsResponse>;
