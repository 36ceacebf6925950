import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceResetInstancesInternetMaxBandwidthRequest, InquiryPriceResetInstancesInternetMaxBandwidthResponse } from "../types.js";
/**
 * 调整实例带宽上限询价
 *
 * 本接口 (InquiryPriceResetInstancesInternetMaxBandwidth) 用于调整实例公网带宽上限询价。不同机型带宽上限范围不一致，具体限制详见公网带宽上限。对于BANDWIDTH_PREPAID计费方式的带宽，目前不支持调小带宽，且需要输入参数StartTime和EndTime，指定调整后的带宽的生效时间段。在这种场景下会涉及扣费，请确保账户余额充足。可通过 DescribeAccountBalance 接口查询账户余额。对于 TRAFFIC_POSTPAID_BY_HOUR、 BANDWIDTH_POSTPAID_BY_HOUR 和 BANDWIDTH_PACKAGE 计费方式的带宽，使用该接口调整带宽上限是实时生效的，可以在带宽允许的范围内调大或者调小带宽，不支持输入参数 StartTime 和 EndTime 。接口不支持调整BANDWIDTH_POSTPAID_BY_MONTH计费方式的带宽。接口不支持批量调整 BANDWIDTH_PREPAID 和 BANDWIDTH_POSTPAID_BY_HOUR 计费方式的带宽。接口不支持批量调整混合计费方式的带宽。例如不支持同时调整TRAFFIC_POSTPAID_BY_HOUR和BANDWIDTH_PACKAGE计费方式的带宽。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstancesInternetMaxBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesInternetMaxBandwidth | API Explorer: call InquiryPriceResetInstancesInternetMaxBandwidth online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceResetInstancesInternetMaxBandwidth({
 *   InstanceIds: ["ins-fd8spnmq"],
 *   InternetAccessible: {
 *     InternetMaxBandwidthOut: 20,
 *   },
 * });
 * console.log(res);
 */
export declare function inquiryPriceResetInstancesInternetMaxBandwidth(client: CvmBaseClient, input: InquiryPriceResetInstancesInternetMaxBandwidthRequest, options?: CvmCallOptions): Promise<InquiryPriceResetInstancesInternetMaxBandwidthResponse>;
