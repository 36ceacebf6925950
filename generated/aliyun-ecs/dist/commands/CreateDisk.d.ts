import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateDiskRequest, CreateDiskResponse } from "../types.js";
/**
 * 创建磁盘
 *
 * 创建一块磁盘。
 * 调用该接口时，请注意：
 * - 本接口是用于创建可卸载云盘的数据盘，包括普通云盘、高效云盘和 SSD 云盘，系统盘的快照不能用来创建数据盘。
 * - 创建磁盘时，默认在删除磁盘时删除自动快照，即 DeleteAutoSnapshot=true，可以通过修改磁盘属性修改该参数。通过该接口创建的盘 Portable 属性为 true。
 * - 请求参数中 Size 和 SnapshotId 必须选择其中一项来指定磁盘的大小或使用快照创建磁盘。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createDisk({
 *   RegionId: "cn-qingdao",
 *   ZoneId: "cn-qingdao-b",
 *   Size: 200,
 *   DiskName: "ThisIsDisk****",
 *   Description: "ThisIsDescrip****",
 * });
 * console.log(res);
 */
export declare function createDisk(client: EcsBaseClient, input: CreateDiskRequest, options?: EcsCallOptions): Promise<CreateDiskResponse>;
