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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeInstanceTypeFamilies({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeInstanceTypeFamilies(client: EcsBaseClient, input: DescribeInstanceTypeFamiliesRequest, options?: EcsCallOptions): Promise<DescribeInstanceTypeFamiliesResponse>;
