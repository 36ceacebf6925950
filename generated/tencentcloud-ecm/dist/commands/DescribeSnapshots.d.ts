import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSnapshotsRequest, DescribeSnapshotsResponse } from "../types.js";
/**
 * 查询快照列表
 *
 * 本接口（DescribeSnapshots）用于查询快照的详细信息。根据快照ID、创建快照的云硬盘ID、创建快照的云硬盘类型等对结果进行过滤，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的快照列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSnapshots | API Explorer: call DescribeSnapshots online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSnapshots({
 *   Filters: [
 *     {
 *       Name: "snapshot-state",
 *       Values: ["NORMAL"],
 *     },
 *     {
 *       Name: "zone",
 *       Values: ["ap-guangzhou-2"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeSnapshots(client: EcmBaseClient, input?: DescribeSnapshotsRequest, options?: EcmCallOptions): Promise<DescribeSnapshotsResponse>;
