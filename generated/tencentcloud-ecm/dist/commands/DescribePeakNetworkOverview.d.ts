import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribePeakNetworkOverviewRequest, DescribePeakNetworkOverviewResponse } from "../types.js";
/**
 * 获取网络峰值数据
 *
 * 获取网络峰值数据
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribePeakNetworkOverviewErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePeakNetworkOverview | API Explorer: call DescribePeakNetworkOverview online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describePeakNetworkOverview({
 *   StartTime: "2020-09-04",
 *   EndTime: "2020-09-04",
 *   Filters: [
 *     {
 *       Name: "region",
 *       Values: ["ap-zhengzhou-ecm"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describePeakNetworkOverview(client: EcmBaseClient, input?: DescribePeakNetworkOverviewRequest, options?: EcmCallOptions): Promise<DescribePeakNetworkOverviewResponse>;
