import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesRequest, DescribeInstancesResponse } from "../types.js";
/**
 * 查看实例列表
 *
 * 本接口 (DescribeInstances) 用于查询一个或多个实例的详细信息。可以根据实例ID、实例名称或者实例计费模式等信息来查询实例的详细信息。过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例。支持查询实例的最新操作（LatestOperation）以及最新操作状态(LatestOperationState)。
 *
 * Default rate limit: 40 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances | API Explorer: call DescribeInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstances({
 *   Limit: 1,
 *   Filters: [
 *     {
 *       Values: ["ap-guangzhou-2", "ap-guangzhou-1"],
 *       Name: "zone",
 *     },
 *   ],
 *   Offset: 0,
 * });
 * console.log(res);
 */
export declare function describeInstances(client: CvmBaseClient, input?: DescribeInstancesRequest, options?: CvmCallOptions): Promise<DescribeInstancesResponse>;
