import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateSnapshotRequest, CreateSnapshotResponse } from "../types.js";
/**
 * 对指定的磁盘存储设备创建快照
 *
 * 对指定的磁盘存储设备创建快照。
 * 调用该接口, 请注意:
 * - 云服务器仅在 Stopped 或 Running 状态下才能创建快照。(但刚创建完成从未启动过的实例不能创建快照)
 * - 刚创建完成的云服务器系统盘, 或刚增加从快照创建的数据盘, 由于尚未完成数据的加载, 此时创建快照会返回错误。一般来说, 系统盘创建完成 1 个小时后即可创建快照, 数据盘的可创建快照的时间取决于磁盘数据的大小。
 * - 新增加一块磁盘后, 如果实例尚未启动过, 新增的这块磁盘不能用于创建快照。
 * - 如果快照创建没有完成(即进度没有达到 100%), 那么这个快照无法用于创建自定义镜像。
 * - 如果快照创建没有完成(即进度没有达到 100%), 那么不能对同一磁盘再次创建快照。
 * - 快照数量的配额取决于该账号下拥有的磁盘总数量。
 * - 如果磁盘在 In_use 状态下, 挂载的实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时, 不能创建快照。
 * - 磁盘挂载的实例创建后第一次启动前, 不能创建快照。
 * - 独立普通云盘创建后, 如果没有挂载过, 创建快照会出现错误提示。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSnapshotErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.createSnapshot({
 *   DiskId: "1033-6005****",
 * });
 * console.log(res);
 */
export declare function createSnapshot(client: EcsBaseClient, input: CreateSnapshotRequest, options?: EcsCallOptions): Promise<CreateSnapshotResponse>;
