import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DetachDiskRequest, DetachDiskResponse } from "../types.js";
/**
 * 卸载磁盘
 *
 * 卸载一个磁盘。
 * 调用该接口，请注意：
 * - Portable 属性为 True 的磁盘，且磁盘所挂载的实例的状态必须为 running 或者 stopped，且实例的 OperationLocks 中没有标记 "LockReason" : "security" 的锁定状态，磁盘可以执行此操作。
 * - 当一块独立普通云盘通过这个接口从一台实例上卸载后，DeleteWithInstance 会被置为 False。
 * - 如果 DiskId 的磁盘不挂载在 InstanceId 的实例上，该操作失败。
 * - 该接口是异步操作，请求返回后，仍然需要等待一段时间才能完成卸载，预计在 1 分钟左右。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.detachDisk({
 *   InstanceId: "i-23jgg****",
 *   DiskId: "d-23jbf****",
 * });
 * console.log(res);
 */
export declare function detachDisk(client: EcsBaseClient, input: DetachDiskRequest, options?: EcsCallOptions): Promise<DetachDiskResponse>;
