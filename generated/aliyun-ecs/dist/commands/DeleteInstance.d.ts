import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteInstanceRequest, DeleteInstanceResponse } from "../types.js";
/**
 * 根据传入实例的名称来释放实例资源
 *
 * 根据传入实例的名称来释放实例资源。释放后实例所使用的物理资源都被回收，包括磁盘及快照，相关数据全部丢失且永久不可恢复。
 * 调用该接口删除实例时，请注意：
 * - 实例状态必须为 Stopped，才可以进行删除操作。删除后，实例的状态为 Deleted，表示资源已释放，删除完成。
 * - 实例被删除时，挂载在实例上的 DeleteWithInstance 的属性为 True 的磁盘会相应被删除，这些磁盘的快照仍旧保留；自动快照根据磁盘的 DeleteAutoSnapshot 属性，如果为 false 的，保留自动快照，如果为 true 的，则删除自动快照。
 * - 实例被删除后，相关数据全部丢失且永久不可恢复。
 * - 如果删除实例时，实例被安全控制在实例的 OperationLocks 中标记了 "LockReason": "security" 的锁定状态时，即使独立普通云盘的 DeleteWithInstnace 的属性为 False，系统会忽略这个属性而释放挂载在实例上面的普通云盘。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteInstanceErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.deleteInstance({
 *   InstanceId: "i-inst****",
 * });
 * console.log(res);
 */
export declare function deleteInstance(client: EcsBaseClient, input: DeleteInstanceRequest, options?: EcsCallOptions): Promise<DeleteInstanceResponse>;
