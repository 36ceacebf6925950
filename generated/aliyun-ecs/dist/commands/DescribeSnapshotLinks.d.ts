import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeSnapshotLinksRequest, DescribeSnapshotLinksResponse } from "../types.js";
/**
 * 查询磁盘快照链
 *
 * 查询磁盘快照链。
 * 调用该接口时，请注意：
 * - 请求参数 RegionId、DiskIds 和 InstanceId 等充当过滤器功能，参数间是逻辑与关系。
 * - 如果不指定任何参数，则过滤器不起作用。当 DiskIds 和 SnapshotLinkIds 都为空数组时，即 []，同样视该过滤器有效，但是返回结果为空。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotLinksErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeSnapshotLinks({
 *   RegionId: "cn-beijing",
 *   ZoneId: "cn-beijing-btc-a01",
 *   PageNumber: 1,
 * });
 * console.log(res);
 */
export declare function describeSnapshotLinks(client: EcsBaseClient, input: DescribeSnapshotLinksRequest, options?: EcsCallOptions): Promise<DescribeSnapshotLinksResponse>;
