import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeMonthPeakNetworkRequest, DescribeMonthPeakNetworkResponse } from "../types.js";
/**
 * 获取客户节点上的出入月峰和计费带宽
 *
 * 获取客户节点上的出入带宽月峰和计费带宽信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeMonthPeakNetworkErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeMonthPeakNetwork | API Explorer: call DescribeMonthPeakNetwork online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeMonthPeakNetwork({
 *   Month: "2020-09",
 *   Filters: [
 *     {
 *       Name: "region",
 *       Values: ["ap-zhengzhou-ecm"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeMonthPeakNetwork(client: EcmBaseClient, input: DescribeMonthPeakNetworkRequest, options?: EcmCallOptions): Promise<DescribeMonthPeakNetworkResponse>;
