import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ReInitDiskRequest, ReInitDiskResponse } from "../types.js";
/**
 * 重新初始化磁盘到初始状态
 *
 * 重新初始化磁盘。
 * 调用该接口，请注意：
 * - 重新初始化磁盘到初始状态，磁盘状态必须为运行中，且实例状态必须为 Stopped 时，才能执行此操作。
 * - 但是如果实例创建后在第一次启动前，挂载在其上的磁盘也不能重新初始化。
 * - 如果为数据盘且是直接创建的空盘，则初始化到空盘状态。
 * - 如果为数据盘且是通过快照创建的，则初始化到快照状态。
 * - 如果为系统盘，则初始化到镜像的初始状态。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReInitDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.reInitDisk({
 *   DiskId: "d-23jbf***",
 * });
 * console.log(res);
 */
export declare function reInitDisk(client: EcsBaseClient, input: ReInitDiskRequest, options?: EcsCallOptions): Promise<ReInitDiskResponse>;
