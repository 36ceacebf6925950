import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteDiskRequest, DeleteDiskResponse } from "../types.js";
/**
 * 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立普通云盘
 *
 * 当某个磁盘设备不再使用时，可以删除磁盘。但是只能删除独立云盘。
 * 调用该接口，请注意：
 * - 删除磁盘时磁盘的 status 必须为 Available。
 * - 如果指定 ID 的磁盘不存在，请求将被忽略。
 * - 由于用户快照会被保留，自动快照可以选择保留，请及时删除不必要的孤立用户快照和自动快照（即磁盘已经被删除的快照），以保持足够的快照额度来顺利完成周期性的自动快照策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.deleteDisk({
 *   DiskId: "d-23jbf****",
 * });
 * console.log(res);
 */
export declare function deleteDisk(client: EcsBaseClient, input: DeleteDiskRequest, options?: EcsCallOptions): Promise<DeleteDiskResponse>;
