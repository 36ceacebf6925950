import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeClassicLinkInstancesRequest, DescribeClassicLinkInstancesResponse } from "../types.js";
/**
 * 查询基础网络互通列表
 *
 * 本接口(DescribeClassicLinkInstances)用于查询私有网络和基础网络设备互通列表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeClassicLinkInstancesErrorCode}.
 */
export declare function describeClassicLinkInstances(client: VpcBaseClient, input?: DescribeClassicLinkInstancesRequest, options?: VpcCallOptions): Promise<DescribeClassicLinkInstancesResponse>;
