import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteSnapshotRequest, DeleteSnapshotResponse } from "../types.js";
/**
 * 删除指定实例、指定磁盘设备的快照
 *
 * 删除指定的快照。
 * 调用该接口，请注意：
 * - 如果需要取消创建中的快照（即快照进度尚未达到 100%），也可以调用该接口将快照删除（即取消快照创建）。
 * - 如果指定 ID 的快照不存在，请求将被忽略。
 * - 如果快照已经被用于创建自定义镜像，则这个快照不能被删除。需要先删除相应的自定义镜像，快照才能被删除。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.deleteSnapshot({
 *   SnapshotId: "s-923FE****",
 * });
 * console.log(res);
 */
export declare function deleteSnapshot(client: EcsBaseClient, input: DeleteSnapshotRequest, options?: EcsCallOptions): Promise<DeleteSnapshotResponse>;
