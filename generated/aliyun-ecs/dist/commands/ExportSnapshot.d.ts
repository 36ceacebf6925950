import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ExportSnapshotRequest, ExportSnapshotResponse } from "../types.js";
/**
 * 将云服务器ECS快照列表中的快照导出到OSS Bucket
 *
 * 将云服务器ECS快照列表中的快照导出到OSS Bucket。
 * - 目标OSS Bucket所在的地域必须与快照所在的地域相同。
 * - 请确保您已通过RAM授予ECS服务账号写入OSS Bucket的权限。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ExportSnapshotErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function exportSnapshot(client: EcsBaseClient, input: ExportSnapshotRequest, options?: EcsCallOptions): Promise<ExportSnapshotResponse>;
