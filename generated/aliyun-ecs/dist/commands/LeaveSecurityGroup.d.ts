import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { LeaveSecurityGroupRequest, LeaveSecurityGroupResponse } from "../types.js";
/**
 * 将一台实例移出指定的安全组
 *
 * 将一台实例移出指定的安全组。
 * 调用该接口时，您需要注意：
 * - 移出安全组之前，实例必须处于 停止 (Stopped) 或者 运行中 (Running) 状态。
 * - 一台实例必须至少加入一个安全组，当该实例只加入了一个安全组时，则 LeaveSecurityGroup 请求会失败。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link LeaveSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.leaveSecurityGroup({
 *   InstanceId: "i-insta****",
 *   SecurityGroupId: "F876FF7B****",
 * });
 * console.log(res);
 */
export declare function leaveSecurityGroup(client: EcsBaseClient, input: LeaveSecurityGroupRequest, options?: EcsCallOptions): Promise<LeaveSecurityGroupResponse>;
