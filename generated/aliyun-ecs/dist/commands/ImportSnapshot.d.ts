import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ImportSnapshotRequest, ImportSnapshotResponse } from "../types.js";
/**
 * 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表
 *
 * 将存放在OSS Bucket中的快照导入到云服务器ECS的快照列表。
 * - 导入快照的目标地域必须与OSS Bucket所在的地域相同。
 * - 请确保您已通过RAM授予ECS服务账号读取OSS Bucket的权限。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportSnapshotErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.importSnapshot({
 *   RegionId: "cn-hangzhou",
 *   OSSBucket: "ecsimportsna****",
 *   OSSObject: "CentOS_snp****",
 *   SnapshotName: "testsnapshotimport****",
 * });
 * console.log(res);
 */
export declare function importSnapshot(client: EcsBaseClient, input: ImportSnapshotRequest, options?: EcsCallOptions): Promise<ImportSnapshotResponse>;
