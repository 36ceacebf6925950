import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DetachInstanceRamRoleRequest, DetachInstanceRamRoleResponse } from "../types.js";
/**
 * 收回 ECS 实例的实例 RAM 角色
 *
 * 收回 ECS 实例的实例 RAM 角色。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachInstanceRamRoleErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.detachInstanceRamRole({
 *   RegionId: "cn-hangzhou",
 *   RamRoleName: "RamRole****",
 *   InstanceIds: "[\"i-inst****\"]",
 * });
 * console.log(res);
 */
export declare function detachInstanceRamRole(client: EcsBaseClient, input: DetachInstanceRamRoleRequest, options?: EcsCallOptions): Promise<DetachInstanceRamRoleResponse>;
