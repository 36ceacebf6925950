import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeHostsRequest, DescribeHostsResponse } from "../types.js";
/**
 * 查看CDH实例列表
 *
 * 本接口 (DescribeHosts) 用于获取一个或多个CDH实例的详细信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeHostsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts | API Explorer: call DescribeHosts online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeHosts({
 *   Filters: [
 *     {
 *       Name: "zone",
 *       Values: ["ap-guangzhou-2"],
 *     },
 *   ],
 *   Offset: 0,
 *   Limit: 20,
 * });
 * console.log(res);
 */
export declare function describeHosts(client: CvmBaseClient, input?: DescribeHostsRequest, options?: CvmCallOptions): Promise<DescribeHostsResponse>;
