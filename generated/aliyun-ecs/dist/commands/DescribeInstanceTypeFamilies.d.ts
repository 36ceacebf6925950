import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeInstanceTypeFamiliesRequest, DescribeInstanceTypeFamiliesResponse } from "../types.js";
/**
 * 查询云服务器 ECS 提供的实例规格族资源
 *
 * 查询云服务器 ECS 提供的实例规格族资源。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeFamiliesErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function describeInstanceTypeFamilies(client: EcsBaseClient, input: DescribeInstanceTypeFamiliesRequest, options?: EcsCallOptions): Promise<DescribeInstanceTypeFamiliesResponse>;
