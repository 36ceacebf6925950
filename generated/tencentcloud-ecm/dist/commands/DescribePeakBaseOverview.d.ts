import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribePeakBaseOverviewRequest, DescribePeakBaseOverviewResponse } from "../types.js";
/**
 * 基础信息峰值数据
 *
 * CPU 内存 硬盘等基础信息峰值数据
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribePeakBaseOverviewErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribePeakBaseOverview | API Explorer: call DescribePeakBaseOverview online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describePeakBaseOverview({
 *   StartTime: "2020-09-04",
 *   EndTime: "2020-09-04",
 * });
 * console.log(res);
 */
export declare function describePeakBaseOverview(client: EcmBaseClient, input?: DescribePeakBaseOverviewRequest, options?: EcmCallOptions): Promise<DescribePeakBaseOverviewResponse>;
