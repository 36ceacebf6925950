import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeInstanceTypesRequest, DescribeInstanceTypesResponse } from "../types.js";
/**
 * 查询云服务器 ECS 提供的实例规格资源
 *
 * 查询云服务器 ECS 提供的实例规格资源。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.describeInstanceTypes({});
 * console.log(res);
 */
export declare function describeInstanceTypes(client: EcsBaseClient, input?: DescribeInstanceTypesRequest, options?: EcsCallOptions): Promise<DescribeInstanceTypesResponse>;
