import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { JoinSecurityGroupRequest, JoinSecurityGroupResponse } from "../types.js";
/**
 * 将一台实例加入到指定的安全组
 *
 * 将一台实例加入到指定的安全组。
 * 调用该接口时，您需要注意：
 * - 加入安全组之前，实例必须处于 停止（Stopped）或者 运行中（Running）状态。
 * - 一台实例最多可以加入 5 个安全组。
 * - 每个安全组最多能管理 1000 台实例。
 * - 您的安全组和实例必须属于同一个阿里云地域。
 * - 安全组和实例必须属于同一个 VPC。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link JoinSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.joinSecurityGroup({
 *   InstanceId: "i-insta****",
 *   SecurityGroupId: "F876FF7B****",
 * });
 * console.log(res);
 */
export declare function joinSecurityGroup(client: EcsBaseClient, input: JoinSecurityGroupRequest, options?: EcsCallOptions): Promise<JoinSecurityGroupResponse>;
