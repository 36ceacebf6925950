import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeChcHostsRequest, DescribeChcHostsResponse } from "../types.js";
/**
 * 查询CHC物理服务器
 *
 * 本接口 (DescribeChcHosts) 用于查询一个或多个CHC物理服务器详细信息。可以根据实例ID、实例名称或者设备类型等信息来查询实例的详细信息。过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeChcHostsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcHosts | API Explorer: call DescribeChcHosts online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeChcHosts({
 *   ChcIds: ["chc-1a2b3c4d"],
 * });
 * console.log(res);
 */
export declare function describeChcHosts(client: CvmBaseClient, input?: DescribeChcHostsRequest, options?: CvmCallOptions): Promise<DescribeChcHostsResponse>;
