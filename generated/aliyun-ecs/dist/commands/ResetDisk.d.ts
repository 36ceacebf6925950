import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ResetDiskRequest, ResetDiskResponse } from "../types.js";
/**
 * 使用指定磁盘自身的快照回滚磁盘内容
 *
 * 使用指定磁盘自身的快照回滚磁盘内容。
 * 调用该接口，请注意：
 * - 实例状态必须为 Stopped 时，才可以执行此操作。
 * - 磁盘状态必须为使用中 (In_use) 的状态，才能执行此操作。
 * - 指定的 SnapshotId 必须是由 DiskId 创建的快照，否则报错。
 * - 实例的 OperationLocks 中标记了 "LockReason" : "security" 的锁定状态，则报错。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.resetDisk({
 *   DiskId: "d-23jbf****",
 *   SnapshotId: "s-snaps****",
 * });
 * console.log(res);
 */
export declare function resetDisk(client: EcsBaseClient, input: ResetDiskRequest, options?: EcsCallOptions): Promise<ResetDiskResponse>;
