import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { RebootInstanceRequest, RebootInstanceResponse } from "../types.js";
/**
 * 重启指定的实例
 *
 * 重启指定的实例。
 * 调用该接口重启实例时，请注意：
 * - 只有状态为 Running 的实例才可以进行此操作。
 * - 接口调用成功后实例进入 Starting 状态。
 * - 支持强制重启，强制重启等同于传统服务器的断电重启，可能丢失实例操作系统中未写入磁盘的数据。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，不能重启实例。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RebootInstanceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.rebootInstance({
 *   InstanceId: "i-insta****",
 * });
 * console.log(res);
 */
export declare function rebootInstance(client: EcsBaseClient, input: RebootInstanceRequest, options?: EcsCallOptions): Promise<RebootInstanceResponse>;
