import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeInstanceRamRoleRequest, DescribeInstanceRamRoleResponse } from "../types.js";
/**
 * 查询某一台或者多台 ECS 实例上的已赋予的实例 RAM 角色的信息
 *
 * 查询某一台或者多台 ECS 实例上已赋予的实例 RAM 角色的信息。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceRamRoleErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.describeInstanceRamRole({
 *   InstanceIds: "[\"i-insta****\"]",
 * });
 * console.log(res);
 */
export declare function describeInstanceRamRole(client: EcsBaseClient, input: DescribeInstanceRamRoleRequest, options?: EcsCallOptions): Promise<DescribeInstanceRamRoleResponse>;
