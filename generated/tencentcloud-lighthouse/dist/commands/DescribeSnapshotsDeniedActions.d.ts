import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeSnapshotsDeniedActionsRequest, DescribeSnapshotsDeniedActionsResponse } from "../types.js";
/**
 * 查看快照操作限制列表
 *
 * 本接口（DescribeSnapshotsDeniedActions）用于查询一个或多个快照的操作限制列表信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeSnapshotsDeniedActions | API Explorer: call DescribeSnapshotsDeniedActions online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeSnapshotsDeniedActions({
 *   SnapshotIds: ["lhsnap-nv6aqcv6"],
 * });
 * console.log(res);
 */
export declare function describeSnapshotsDeniedActions(client: LighthouseBaseClient, input: DescribeSnapshotsDeniedActionsRequest, options?: LighthouseCallOptions): Promise<DescribeSnapshotsDeniedActionsResponse>;
