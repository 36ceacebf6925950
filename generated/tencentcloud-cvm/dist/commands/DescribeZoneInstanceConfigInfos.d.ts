import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeZoneInstanceConfigInfosRequest, DescribeZoneInstanceConfigInfosResponse } from "../types.js";
/**
 * 获取可用区机型配置信息
 *
 * 本接口(DescribeZoneInstanceConfigInfos) 获取可用区的机型信息。
 *
 * Default rate limit: 40 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeZoneInstanceConfigInfosErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos | API Explorer: call DescribeZoneInstanceConfigInfos online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeZoneInstanceConfigInfos({
 *   Filters: [
 *     {
 *       Values: ["POSTPAID_BY_HOUR"],
 *       Name: "instance-charge-type",
 *     },
 *     {
 *       Values: ["ap-guangzhou-2"],
 *       Name: "zone",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeZoneInstanceConfigInfos(client: CvmBaseClient, input?: DescribeZoneInstanceConfigInfosRequest, options?: CvmCallOptions): Promise<DescribeZoneInstanceConfigInfosResponse>;
