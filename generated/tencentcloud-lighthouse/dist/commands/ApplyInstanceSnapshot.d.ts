import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ApplyInstanceSnapshotRequest, ApplyInstanceSnapshotResponse } from "../types.js";
/**
 * 回滚实例快照
 *
 * 本接口（ApplyInstanceSnapshot）用于回滚指定实例的系统盘快照。仅支持回滚到原系统盘。用于回滚的快照必须处于 NORMAL 状态。快照状态可以通过 DescribeSnapshots 接口查询，见输出参数中 SnapshotState 字段解释。回滚快照时，实例的状态必须为 STOPPED 或 RUNNING，可通过 DescribeInstances 接口查询实例状态。处于 RUNNING 状态的实例会强制关机，然后回滚快照。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ApplyInstanceSnapshotErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyInstanceSnapshot | API Explorer: call ApplyInstanceSnapshot online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.applyInstanceSnapshot({
 *   InstanceId: "lhins-k31c771o",
 *   SnapshotId: "lhsnap-nv6aqcv6",
 * });
 * console.log(res);
 */
export declare function applyInstanceSnapshot(client: LighthouseBaseClient, input: ApplyInstanceSnapshotRequest, options?: LighthouseCallOptions): Promise<ApplyInstanceSnapshotResponse>;
