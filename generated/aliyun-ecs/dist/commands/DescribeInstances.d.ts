import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeInstancesRequest, DescribeInstancesResponse } from "../types.js";
/**
 * 查询所有实例的详细信息
 *
 * 查询所有实例的详细信息。
 * 调用该端口时，请注意：
 * - 此接口不会校验参数之间的依赖关系，返回结果是所有条件的交集。
 * - 如果参数为空，则过滤器不起作用，但是 InstanceIds 如果是一个空 Json Array（即[]），则视为该过滤器有效，且返回空。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeInstances({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeInstances(client: EcsBaseClient, input: DescribeInstancesRequest, options?: EcsCallOptions): Promise<DescribeInstancesResponse>;
