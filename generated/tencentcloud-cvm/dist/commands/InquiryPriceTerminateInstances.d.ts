import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceTerminateInstancesRequest, InquiryPriceTerminateInstancesResponse } from "../types.js";
/**
 * 退还实例询价
 *
 * 本接口 (InquiryPriceTerminateInstances) 用于退还实例询价。查询退还实例可以返还的费用。在退还包年包月实例时，使用ReleasePrepaidDataDisks参数，会在返回值中包含退还挂载的包年包月数据盘返还的费用。支持批量操作，每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceTerminateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceTerminateInstances | API Explorer: call InquiryPriceTerminateInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceTerminateInstances({
 *   InstanceIds: ["ins-rfmme2si"],
 * });
 * console.log(res);
 */
export declare function inquiryPriceTerminateInstances(client: CvmBaseClient, input: InquiryPriceTerminateInstancesRequest, options?: CvmCallOptions): Promise<InquiryPriceTerminateInstancesResponse>;
