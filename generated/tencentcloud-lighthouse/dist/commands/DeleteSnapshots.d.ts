import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteSnapshotsRequest, DeleteSnapshotsResponse } from "../types.js";
/**
 * 删除快照
 *
 * 本接口（DeleteSnapshots）用于删除快照。快照必须处于 NORMAL 状态，快照状态可以通过 DescribeSnapshots 接口查询，见输出参数中 SnapshotState 字段解释。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteSnapshots | API Explorer: call DeleteSnapshots online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.deleteSnapshots({
 *   SnapshotIds: ["lhsnap-nv6aqcv6"],
 * });
 * console.log(res);
 */
export declare function deleteSnapshots(client: LighthouseBaseClient, input: DeleteSnapshotsRequest, options?: LighthouseCallOptions): Promise<DeleteSnapshotsResponse>;
