import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyDiskAttributeRequest, ModifyDiskAttributeResponse } from "../types.js";
/**
 * 修改磁盘属性
 *
 * 修改磁盘属性。
 * 调用该接口，请注意：
 * 在该接口中设置的 DeleteWithInstance 属性，在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，释放实例时会忽略磁盘的 DeleteWithInstance 属性而被同时释放。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDiskAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.modifyDiskAttribute({
 *   DiskId: "d-23jbf****",
 *   DiskName: "MyDisk****",
 * });
 * console.log(res);
 */
export declare function modifyDiskAttribute(client: EcsBaseClient, input: ModifyDiskAttributeRequest, options?: EcsCallOptions): Promise<ModifyDiskAttributeResponse>;
