import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { migrate_diskRequest, migrate_diskResponse } from "../types.js";
/**
 * 磁盘在线迁移
 *
 * 磁盘在线迁移。
 *
 * 接口约束
 * - 只支持云盘到云盘迁移。
 * - 只支持同azone迁移。
 * - 不支持共享盘。
 * - 磁盘状态为old的支持迁移。
 * - 每个disk只能有一个进行中(migrating)的迁移任务。
 * - 当磁盘类型io7, io8时, dest_disk_iops,dest_disk_bps为必填。
 *
 * FAILOVER
 * 重试: tdc接口明确返回要求重试错误码, regionmaster下发重试请求(workflow重试3次)。
 *
 * taskId 策略
 * disk_id, dest_cluster_no, dest_disk_type 这三个唯一确定一个taskId, 如果已存在相同迁移任务返回任务状态, 否则生成新的taskId。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link migrate_diskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.migrate_disk({});
 * console.log(res);
 */
export declare function migrate_disk(client: EcsBaseClient, input: migrate_diskRequest, options?: EcsCallOptions): Promise<migrate_diskResponse>;
