import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeSnapshotsRequest, DescribeSnapshotsResponse } from "../types.js";
/**
 * 查看快照列表
 *
 * 本接口（DescribeSnapshots）用于查询快照的详细信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeSnapshots | API Explorer: call DescribeSnapshots online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeSnapshots({
 *   Filters: [
 *     {
 *       Name: "disk-id",
 *       Values: ["lhdisk-f71kc5bh"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeSnapshots(client: LighthouseBaseClient, input?: DescribeSnapshotsRequest, options?: LighthouseCallOptions): Promise<DescribeSnapshotsResponse>;
