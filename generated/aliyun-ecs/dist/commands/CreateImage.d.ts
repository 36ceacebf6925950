import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateImageRequest, CreateImageResponse } from "../types.js";
/**
 * 通过快照创建自定义镜像，创建后的镜像可以用于新建ECS实例
 *
 * 创建的自定义镜像，只有等待状态变为可用才能使用，可以使用镜像进行创建新的 ECS 实例或者对已有实例进行更换系统盘。
 * 调用该接口创建自定义镜像，可以通过3种方式来满足您不同的业务场景。：
 * - 如果您只需要对实例的系统盘创建自定义镜像，那么只需要指定一个快照 ID 进行创建自定义镜像。
 * - 只有系统盘的快照可以用于创建自定义镜像。
 * - 只有达到完成状态（进度为100%）的快照可以用于创建自定义镜像。
 * - 被安全控制在实例的 OperationLocks 中标记了“LockReason”：“security”的锁定状态时，不能创建自定义镜像。
 * - 2013年7月15日（含）之前创建的快照，不能创建自定义镜像。当Request因此原因被拒绝时，Response 中的code为 InvalidSnapshot.TooOld。
 * - 如果您需要对整个ECS实例做个模板，那么可以指定实例ID进行创建自定义镜像。
 * - 指定的实例的状态只能是运行中或者停止。
 * - 会给该实例的每块磁盘新增一个快照。
 * - 需要等待快照创建完成后，镜像的状态才能变成可用状态，需要您等待一段时间。
 * - 如果您需要对多个快照进行组合成一个镜像模板，那么可以指定DiskDeviceMappings进行创建自定义镜像。
 * - 只能指定一个系统盘快照，指定系统盘快照的device必须为：/dev/xvda。
 * - 数据盘快照设备名由系统默认顺序分配，/dev/xvdb 开始到 /dev/xvdz，不能重复。
 * - 可以不指定快照的ID，那么会创建一个指定大小的没有任何数据的空盘。
 * - 只有达到完成状态（进度为100%）的快照可以用于创建自定义镜像。
 * - 被安全控制在实例的OperationLocks中标记了“LockReason”，“security”的锁定状态时，不能创建自定义镜像。
 * - 2013年7月15日（含）之前创建的快照，不能创建自定义镜像。当Request因此原因被拒绝时，Response 中的code为 InvalidSnapshot.TooOld。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createImage({
 *   RegionId: "cn-hangzhou",
 *   SnapshotId: "s-snaps****",
 *   ImageName: "demo_j****",
 * });
 * console.log(res);
 */
export declare function createImage(client: EcsBaseClient, input: CreateImageRequest, options?: EcsCallOptions): Promise<CreateImageResponse>;
