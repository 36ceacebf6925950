import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { StartInstanceRequest, StartInstanceResponse } from "../types.js";
/**
 * 启动一个指定的实例
 *
 * 启动一个指定的实例。
 * 调用该接口启动实例时，请注意：
 * - 接口调用成功后实例进入 Starting 状态。
 * - 实例状态必须为 Stopped，才可以调用该接口。
 * - 被安全控制在实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态时，不能启动实例。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StartInstanceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.startInstance({
 *   InstanceId: "i-insta****",
 * });
 * console.log(res);
 */
export declare function startInstance(client: EcsBaseClient, input: StartInstanceRequest, options?: EcsCallOptions): Promise<StartInstanceResponse>;
