import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeSnapshotsRequest, DescribeSnapshotsResponse } from "../types.js";
/**
 * 查询针对云服务器的某个磁盘设备所有的快照列表
 *
 * 查询针对云服务器的某个磁盘设备所有的快照列表。
 * 调用该接口，请注意：
 * InstanceId、DiskId 和 SnapshotIds 不再作为必选参数，而是作为 Filter 进行使用，为逻辑 AND 关系。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeSnapshots({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeSnapshots(client: EcsBaseClient, input: DescribeSnapshotsRequest, options?: EcsCallOptions): Promise<DescribeSnapshotsResponse>;
