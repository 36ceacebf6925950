import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeRouteConflictsRequest, DescribeRouteConflictsResponse } from "../types.js";
/**
 * 查询路由策略冲突列表
 *
 * 本接口 (DescribeRouteConflicts) 用于查询自定义路由策略与云联网络路由策略冲突列表
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRouteConflictsErrorCode}.
 */
export declare function describeRouteConflicts(client: VpcBaseClient, input: DescribeRouteConflictsRequest, options?: VpcCallOptions): Promise<DescribeRouteConflictsResponse>;
