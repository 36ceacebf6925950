import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeRouteTablesRequest, DescribeRouteTablesResponse } from "../types.js";
/**
 * 查询路由表对象列表
 *
 * 查询路由表对象列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRouteTablesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRouteTables | API Explorer: call DescribeRouteTables online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeRouteTables({
 *   Offset: 0,
 *   Limit: 1,
 * });
 * console.log(res);
 */
export declare function describeRouteTables(client: EcmBaseClient, input?: DescribeRouteTablesRequest, options?: EcmCallOptions): Promise<DescribeRouteTablesResponse>;
