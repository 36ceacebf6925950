import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse } from "../types.js";
/**
 * 查看安全组
 *
 * 本接口 (DescribeSecurityGroups) 用于查询安全组。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
 */
export declare function describeSecurityGroups(client: VpcBaseClient, input?: DescribeSecurityGroupsRequest, options?: VpcCallOptions): Promise<DescribeSecurityGroupsResponse>;
