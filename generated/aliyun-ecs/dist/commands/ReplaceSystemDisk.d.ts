import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ReplaceSystemDiskRequest, ReplaceSystemDiskResponse } from "../types.js";
/**
 * 更换系统盘
 *
 * 更换系统盘。
 * 调用该接口，请注意：
 * - 更换系统盘会改变这台云服务器的系统盘的磁盘 ID。更换系统盘时，不改变系统盘的磁盘种类，同时原系统盘将被删除。
 * - 更换系统盘时可以重新指定系统盘的容量大小（参数SystemDiskSize），SystemDiskSize必须大于或等于 max{40,更换前的系统盘容量}。
 * - 实例的状态必须为 Stopped 状态，且实例的 OperationLocks 中没有标记 "LockReason" : "security" 的锁定状态。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceSystemDiskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.replaceSystemDisk({
 *   InstanceId: "i-23jgg****",
 *   ImageId: "m-myima****",
 * });
 * console.log(res);
 */
export declare function replaceSystemDisk(client: EcsBaseClient, input: ReplaceSystemDiskRequest, options?: EcsCallOptions): Promise<ReplaceSystemDiskResponse>;
