import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeModifyInstanceBundlesRequest, DescribeModifyInstanceBundlesResponse } from "../types.js";
/**
 * 查询实例可变更套餐列表
 *
 * 本接口（DescribeModifyInstanceBundles）用于查询实例可变更套餐列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeModifyInstanceBundlesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeModifyInstanceBundles | API Explorer: call DescribeModifyInstanceBundles online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeModifyInstanceBundles({
 *   InstanceId: "lhins-p6xbekdt",
 * });
 * console.log(res);
 */
export declare function describeModifyInstanceBundles(client: LighthouseBaseClient, input: DescribeModifyInstanceBundlesRequest, options?: LighthouseCallOptions): Promise<DescribeModifyInstanceBundlesResponse>;
