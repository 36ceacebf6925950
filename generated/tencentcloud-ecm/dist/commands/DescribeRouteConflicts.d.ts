import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeRouteConflictsRequest, DescribeRouteConflictsResponse } from "../types.js";
/**
 * 查询路由策略冲突列表
 *
 * 查询自定义路由策略与云联网路由策略冲突列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRouteConflictsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRouteConflicts | API Explorer: call DescribeRouteConflicts online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeRouteConflicts({
 *   RouteTableId: "rtb-q8o2z892",
 *   DestinationCidrBlocks: ["10.11.0.0/24"],
 * });
 * console.log(res);
 */
export declare function describeRouteConflicts(client: EcmBaseClient, input: DescribeRouteConflictsRequest, options?: EcmCallOptions): Promise<DescribeRouteConflictsResponse>;
