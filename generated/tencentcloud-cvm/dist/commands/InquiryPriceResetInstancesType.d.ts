import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceResetInstancesTypeRequest, InquiryPriceResetInstancesTypeResponse } from "../types.js";
/**
 * 调整实例配置询价
 *
 * 本接口 (InquiryPriceResetInstancesType) 用于调整实例的机型询价。目前只支持系统盘类型是CLOUD_BSSD、CLOUD_PREMIUM、CLOUD_SSD类型的实例使用该接口进行调整机型询价。目前不支持CDH实例使用该接口调整机型询价。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetInstancesTypeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType | API Explorer: call InquiryPriceResetInstancesType online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceResetInstancesType({
 *   InstanceType: "S5.16XLARGE256",
 *   InstanceIds: ["ins-xmf2ac34"],
 * });
 * console.log(res);
 */
export declare function inquiryPriceResetInstancesType(client: CvmBaseClient, input: InquiryPriceResetInstancesTypeRequest, options?: CvmCallOptions): Promise<InquiryPriceResetInstancesTypeResponse>;
