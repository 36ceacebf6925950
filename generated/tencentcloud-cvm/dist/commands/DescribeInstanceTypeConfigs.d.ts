import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstanceTypeConfigsRequest, DescribeInstanceTypeConfigsResponse } from "../types.js";
/**
 * 查询实例机型列表
 *
 * 本接口 (DescribeInstanceTypeConfigs) 用于查询实例机型配置。可以根据zone、instance-family、instance-type来查询实例机型配置。过滤条件详见过滤器Filter。如果参数为空，返回指定地域的所有实例机型配置。
 *
 * Default rate limit: 40 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeConfigsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceTypeConfigs | API Explorer: call DescribeInstanceTypeConfigs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstanceTypeConfigs({
 *   Filters: [
 *     {
 *       Name: "zone",
 *       Values: ["ap-guangzhou-2"],
 *     },
 *     {
 *       Name: "instance-family",
 *       Values: ["I1"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeInstanceTypeConfigs(client: CvmBaseClient, input?: DescribeInstanceTypeConfigsRequest, options?: CvmCallOptions): Promise<DescribeInstanceTypeConfigsResponse>;
