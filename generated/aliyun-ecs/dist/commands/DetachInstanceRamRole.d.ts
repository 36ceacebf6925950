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
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function detachInstanceRamRole(client: EcsBaseClient, input: DetachInstanceRamRoleRequest, options?: EcsCallOptions): Promise<DetachInstanceRamRoleResponse>;
