import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcInstancesRequest, DescribeVpcInstancesResponse } from "../types.js";
/**
 * 查询VPC下的云主机实例列表
 *
 * 本接口 (DescribeVpcInstances) 用于查询VPC下的云主机实例列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcInstancesErrorCode}.
 */
export declare function describeVpcInstances(client: VpcBaseClient, input: DescribeVpcInstancesRequest, options?: VpcCallOptions): Promise<DescribeVpcInstancesResponse>;
