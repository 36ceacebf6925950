import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpnGatewayCcnRoutesRequest, DescribeVpnGatewayCcnRoutesResponse } from "../types.js";
/**
 * 查询VPN网关云联网路由
 *
 * 本接口 (DescribeVpnGatewayCcnRoutes) 用于查询VPN网关云联网路由
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpnGatewayCcnRoutesErrorCode}.
 */
export declare function describeVpnGatewayCcnRoutes(client: VpcBaseClient, input: DescribeVpnGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<DescribeVpnGatewayCcnRoutesResponse>;
