import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeRouteTablesRequest, DescribeRouteTablesResponse } from "../types.js";
/**
 * 查询路由列表
 *
 * 本接口 (DescribeRouteTables) 用于查询路由表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTablesErrorCode}.
 */
export declare function describeRouteTables(client: VpcBaseClient, input?: DescribeRouteTablesRequest, options?: VpcCallOptions): Promise<DescribeRouteTablesResponse>;
