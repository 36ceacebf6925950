import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeTaskAttributeRequest, DescribeTaskAttributeResponse } from "../types.js";
/**
 * 查询任务的详细信息
 *
 * 查询任务的详细信息。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTaskAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeTaskAttribute({
 *   RegionId: "cn-hangzhou",
 *   TaskId: "t-23ym6****",
 * });
 * console.log(res);
 */
export declare function describeTaskAttribute(client: EcsBaseClient, input: DescribeTaskAttributeRequest, options?: EcsCallOptions): Promise<DescribeTaskAttributeResponse>;
