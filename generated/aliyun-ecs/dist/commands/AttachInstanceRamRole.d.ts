import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AttachInstanceRamRoleRequest, AttachInstanceRamRoleResponse } from "../types.js";
/**
 * 为您的 ECS 实例授予实例 RAM 角色
 *
 * 为您的 ECS 实例授予实例 RAM 角色。如果实例已有 RAM 角色，则报错提示您不能附加新的角色。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachInstanceRamRoleErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.attachInstanceRamRole({
 *   RegionId: "cn-hangzhou",
 *   RamRoleName: "RamRole****",
 *   InstanceIds: ["[\"i-insta****\"]"],
 * });
 * console.log(res);
 */
export declare function attachInstanceRamRole(client: EcsBaseClient, input: AttachInstanceRamRoleRequest, options?: EcsCallOptions): Promise<AttachInstanceRamRoleResponse>;
