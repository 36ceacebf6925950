import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeUserDataRequest, DescribeUserDataResponse } from "../types.js";
/**
 * 查询您的 ECS 实例自定义数据
 *
 * 查询您的 ECS 实例自定义数据。
 * 调用该接口时，请注意：
 * - 返回的实例自定义数据将以 Base64 编码的方式显示。
 * - 如果实例不存在自定义数据，则返回空值。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeUserDataErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeUserData({
 *   RegionId: "cn-shenzhen",
 *   InstanceId: "i-insta****",
 * });
 * console.log(res);
 */
export declare function describeUserData(client: EcsBaseClient, input: DescribeUserDataRequest, options?: EcsCallOptions): Promise<DescribeUserDataResponse>;
