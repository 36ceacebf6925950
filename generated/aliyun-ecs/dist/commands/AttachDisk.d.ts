import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AttachDiskRequest, AttachDiskResponse } from "../types.js";
/**
 * 挂载磁盘
 *
 * 挂载一个磁盘。
 * 调用该接口，请注意：
 * - 实例的状态必须为 running 或者 stopped，且实例的 OperationLocks 中没有标记 "LockReason": "security" 的锁定状态。
 * - 在该接口中设置的 DeleteWithInstance 属性，在实例的 OperationLocks 中标记为 "LockReason": "security" 的锁定状态时，释放实例时会忽略磁盘的 DeleteWithInstance 属性而被同时释放。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.attachDisk({
 *   InstanceId: "i-23jgg****",
 *   DiskId: "d-23jbf****",
 * });
 * console.log(res);
 */
export declare function attachDisk(client: EcsBaseClient, input: AttachDiskRequest, options?: EcsCallOptions): Promise<AttachDiskResponse>;
