import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceResetInstanceRequest, InquiryPriceResetInstanceResponse } from "../types.js";
/**
 * 重装实例询价
 *
 * 本接口 (InquiryPriceResetInstance) 用于重装实例询价。如果指定了ImageId参数，则使用指定的镜像进行重装询价；否则按照当前实例使用的镜像进行重装询价。目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例使用该接口实现Linux和Windows操作系统切换的重装询价。目前不支持境外地域的实例使用该接口实现Linux和Windows操作系统切换的重装询价。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstanceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance | API Explorer: call InquiryPriceResetInstance online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceResetInstance({
 *   InstanceId: "ins-fd8spnmq",
 * });
 * console.log(res);
 */
export declare function inquiryPriceResetInstance(client: CvmBaseClient, input: InquiryPriceResetInstanceRequest, options?: CvmCallOptions): Promise<InquiryPriceResetInstanceResponse>;
