import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ResizeDiskRequest, ResizeDiskResponse } from "../types.js";
/**
 * 扩容磁盘
 *
 * 扩容磁盘。
 * 调用该接口，请注意：
 * - 当前仅支持对数据盘的扩容操作。
 * - 挂载在实例上的数据盘，只有实例为 Running 或者 Stopped 状态时，才可以进行扩容操作。
 * - 磁盘上如果正在执行打快照的操作，则此时不允许进行扩容操作。
 * - 挂载在实例上的磁盘，在进行扩容操作后，需要在控制台或者使用 OpenAPI 重启实例才能使扩容生效。
 * - 扩容仅做磁盘容量的扩大，不做分区和文件系统的扩大，扩容完成后，用户还需要手动分配存储空间。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResizeDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.resizeDisk({
 *   DiskId: "xxx",
 *   NewSize: 1024,
 * });
 * console.log(res);
 */
export declare function resizeDisk(client: EcsBaseClient, input: ResizeDiskRequest, options?: EcsCallOptions): Promise<ResizeDiskResponse>;
