import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeBaseOverviewRequest, DescribeBaseOverviewResponse } from "../types.js";
/**
 * 获取概览页统计的基本数据
 *
 * 获取概览页统计的基本数据
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeBaseOverviewErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeBaseOverview | API Explorer: call DescribeBaseOverview online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeBaseOverview({});
 * console.log(res);
 */
export declare function describeBaseOverview(client: EcmBaseClient, input?: DescribeBaseOverviewRequest, options?: EcmCallOptions): Promise<DescribeBaseOverviewResponse>;
