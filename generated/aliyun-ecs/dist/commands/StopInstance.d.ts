import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { StopInstanceRequest, StopInstanceResponse } from "../types.js";
/**
 * 停止一个指定的实例
 *
 * 停止一个指定的实例。
 * 调用该接口停止实例时，请注意：
 * - 只有状态为 Running 的实例才可以进行此操作。
 * - 接口调用成功后实例进入 Stopping 状态。系统后台会在实例实际 Stop 成功后进入 Stopped 状态。
 * - 实例支持强制停止，强制停止等同于断电处理，可能丢失实例操作系统中未写入磁盘的数据。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能停止实例。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopInstanceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.stopInstance({
 *   InstanceId: "i-insta****",
 * });
 * console.log(res);
 */
export declare function stopInstance(client: EcsBaseClient, input: StopInstanceRequest, options?: EcsCallOptions): Promise<StopInstanceResponse>;
