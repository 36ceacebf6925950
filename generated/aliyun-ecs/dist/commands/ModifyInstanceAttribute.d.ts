import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyInstanceAttributeRequest, ModifyInstanceAttributeResponse } from "../types.js";
/**
 * 修改实例密码、实例名称、安全组等属性信息
 *
 * 修改实例密码、实例名称、安全组等属性信息。
 * 调用该端口修改实例属性时，请注意：
 * - 此操作只修改参数中显式指定的属性，没有指定的属性将不会发生改变。
 * - 重置实例的密码，状态为 Deleted 或 Starting 的实例不可以进行此操作。重置密码需要重启实例后才能生效。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能修改密码。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.modifyInstanceAttribute({
 *   InstanceId: "i-insta****",
 *   Password: "pw****",
 * });
 * console.log(res);
 */
export declare function modifyInstanceAttribute(client: EcsBaseClient, input: ModifyInstanceAttributeRequest, options?: EcsCallOptions): Promise<ModifyInstanceAttributeResponse>;
