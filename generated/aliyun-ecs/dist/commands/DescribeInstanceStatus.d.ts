import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeInstanceStatusRequest, DescribeInstanceStatusResponse } from "../types.js";
/**
 * 批量获取当前用户所有实例的状态信息，也可用于获取实例列表
 *
 * 批量获取当前用户所有实例的状态信息，也可用于获取实例列表。
 * 调用该端口时，请注意借助 RAM 实现授权访问资源操作时的特殊限制：
 * - 只允许查询前 100 个实例的状态；如果 PageNumber、PageSize 组合出的值超过了此限制，请求会被拒绝，错误码为：Forbidden.AccessTooManyOthersResource。
 * - Response中，TotalCount 表示：ResourceOwner 的所有实例中，有多少实例被授予了调用者进行该操作。当个数超过 100 个时，TotalCount 取值为 100。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceStatusErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeInstanceStatus({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeInstanceStatus(client: EcsBaseClient, input: DescribeInstanceStatusRequest, options?: EcsCallOptions): Promise<DescribeInstanceStatusResponse>;
