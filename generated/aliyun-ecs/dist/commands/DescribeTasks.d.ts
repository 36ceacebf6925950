import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeTasksRequest, DescribeTasksResponse } from "../types.js";
/**
 * 查询指定的异步请求的进度
 *
 * 查询指定的异步请求的进度。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTasksErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function describeTasks(client: EcsBaseClient, input: DescribeTasksRequest, options?: EcsCallOptions): Promise<DescribeTasksResponse>;
