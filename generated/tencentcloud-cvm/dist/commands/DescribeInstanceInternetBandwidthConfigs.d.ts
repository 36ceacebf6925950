import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstanceInternetBandwidthConfigsRequest, DescribeInstanceInternetBandwidthConfigsResponse } from "../types.js";
/**
 * 查询实例带宽配置
 *
 * 本接口 (DescribeInstanceInternetBandwidthConfigs) 用于查询实例带宽配置。只支持查询BANDWIDTH_PREPAID（ 预付费按带宽结算 ）计费模式的带宽配置。接口返回实例的所有带宽配置信息（包含历史的带宽配置信息）。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceInternetBandwidthConfigsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs | API Explorer: call DescribeInstanceInternetBandwidthConfigs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstanceInternetBandwidthConfigs({
 *   InstanceId: "ins-6lafsaz0",
 * });
 * console.log(res);
 */
export declare function describeInstanceInternetBandwidthConfigs(client: CvmBaseClient, input: DescribeInstanceInternetBandwidthConfigsRequest, options?: CvmCallOptions): Promise<DescribeInstanceInternetBandwidthConfigsResponse>;
