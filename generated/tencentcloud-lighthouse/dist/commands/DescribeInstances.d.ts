import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesRequest, DescribeInstancesResponse } from "../types.js";
/**
 * 查看实例列表
 *
 * 本接口（DescribeInstances）用于查询一个或多个实例的详细信息。可以根据实例 ID、实例名称或者实例的内网 IP 查询实例的详细信息。过滤信息详细请见过滤器 Filters 。如果参数为空，返回当前用户一定数量（Limit 所指定的数量，默认为 20）的实例。支持查询实例的最新操作（LatestOperation）以及最新操作状态（LatestOperationState）。
 *
 * Default rate limit: 100 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstances | API Explorer: call DescribeInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstances({
 *   Limit: 1,
 * });
 * console.log(res);
 */
export declare function describeInstances(client: LighthouseBaseClient, input?: DescribeInstancesRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesResponse>;
