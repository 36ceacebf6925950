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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.exportSnapshot({
 *   SnapshotId: "s-abc****",
 *   OSSBucket: "testExportSna****",
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function exportSnapshot(client: EcsBaseClient, input: ExportSnapshotRequest, options?: EcsCallOptions): Promise<ExportSnapshotResponse>;
