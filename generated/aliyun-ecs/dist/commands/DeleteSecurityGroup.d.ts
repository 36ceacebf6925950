import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteSecurityGroupRequest, DeleteSecurityGroupResponse } from "../types.js";
/**
 * 用于删除一个指定的安全组
 *
 * 用于删除一个指定的安全组。
 * 调用该接口时，请注意：
 * 只有组内不存在实例，或者没有被其他组的安全规则引用时才可以删除。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.deleteSecurityGroup({
 *   SecurityGroupId: "sg-F876F****",
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function deleteSecurityGroup(client: EcsBaseClient, input: DeleteSecurityGroupRequest, options?: EcsCallOptions): Promise<DeleteSecurityGroupResponse>;
