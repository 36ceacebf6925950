import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ResetInstancesInternetMaxBandwidthRequest, ResetInstancesInternetMaxBandwidthResponse } from "../types.js";
/**
 * 调整实例带宽上限
 *
 * 本接口 (ResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限。不同机型带宽上限范围不一致，具体限制详见公网带宽上限。对于 BANDWIDTH_PREPAID 计费方式的带宽，需要输入参数 StartTime 和 EndTime ，指定调整后的带宽的生效时间段。在这种场景下目前不支持调小带宽，会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance接口查询账户余额。对于 TRAFFIC_POSTPAID_BY_HOUR 、 BANDWIDTH_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 StartTime 和 EndTime 。接口不支持调整 BANDWIDTH_POSTPAID_BY_MONTH 计费方式的带宽。接口不支持批量调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽。接口不支持批量调整混合计费方式的带宽。例如不支持同时调整 TRAFFIC_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesInternetMaxBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesInternetMaxBandwidth | API Explorer: call ResetInstancesInternetMaxBandwidth online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.resetInstancesInternetMaxBandwidth({
 *   InstanceIds: ["ins-r8hr2upy"],
 *   InternetAccessible: {
 *     InternetMaxBandwidthOut: 10,
 *   },
 *   StartTime: "2017-03-15",
 *   EndTime: "2017-03-16",
 * });
 * console.log(res);
 */
export declare function resetInstancesInternetMaxBandwidth(client: CvmBaseClient, input: ResetInstancesInternetMaxBandwidthRequest, options?: CvmCallOptions): Promise<ResetInstancesInternetMaxBandwidthResponse>;
