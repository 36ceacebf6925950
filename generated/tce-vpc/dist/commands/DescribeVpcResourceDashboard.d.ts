import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcResourceDashboardRequest, DescribeVpcResourceDashboardResponse } from "../types.js";
/**
 * 查看VPC资源信息
 *
 * 本接口(DescribeVpcResourceDashboard)用于查看VPC资源信息。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcResourceDashboardErrorCode}.
 */
export declare function describeVpcResourceDashboard(client: VpcBaseClient, input: DescribeVpcResourceDashboardRequest, options?: VpcCallOptions): Promise<DescribeVpcResourceDashboardResponse>;
