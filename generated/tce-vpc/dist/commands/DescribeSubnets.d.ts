import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSubnetsRequest, DescribeSubnetsResponse } from "../types.js";
/**
 * 查询子网列表
 *
 * 本接口 (DescribeSubnets) 用于查询子网列表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetsErrorCode}.
 */
export declare function describeSubnets(client: VpcBaseClient, input?: DescribeSubnetsRequest, options?: VpcCallOptions): Promise<DescribeSubnetsResponse>;
