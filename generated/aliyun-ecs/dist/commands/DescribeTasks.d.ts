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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeTasks({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeTasks(client: EcsBaseClient, input: DescribeTasksRequest, options?: EcsCallOptions): Promise<DescribeTasksResponse>;
