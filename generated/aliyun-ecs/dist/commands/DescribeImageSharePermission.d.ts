import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeImageSharePermissionRequest, DescribeImageSharePermissionResponse } from "../types.js";
/**
 * 查询镜像共享账号列表
 *
 * 查询用户的自定义镜像共享给其他用户列表。此接口支持分页查询。每页的数量默认为10条。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImageSharePermissionErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeImageSharePermission({
 *   RegionId: "cn-qingdao",
 *   ImageId: "m-282dz****",
 * });
 * console.log(res);
 */
export declare function describeImageSharePermission(client: EcsBaseClient, input: DescribeImageSharePermissionRequest, options?: EcsCallOptions): Promise<DescribeImageSharePermissionResponse>;
