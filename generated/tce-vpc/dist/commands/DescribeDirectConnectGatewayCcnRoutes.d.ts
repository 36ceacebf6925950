import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeDirectConnectGatewayCcnRoutesRequest, DescribeDirectConnectGatewayCcnRoutesResponse } from "../types.js";
/**
 * 查询专线网关云联网络路由
 *
 * 本接口 (DescribeDirectConnectGatewayCcnRoutes) 用于查询专线网关的云联网路由 (IDC网段)
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewayCcnRoutesErrorCode}.
 */
export declare function describeDirectConnectGatewayCcnRoutes(client: VpcBaseClient, input: DescribeDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<DescribeDirectConnectGatewayCcnRoutesResponse>;
