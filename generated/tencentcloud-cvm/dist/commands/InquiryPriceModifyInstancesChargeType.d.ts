import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceModifyInstancesChargeTypeRequest, InquiryPriceModifyInstancesChargeTypeResponse } from "../types.js";
/**
 * 修改实例计费模式询价
 *
 * 本接口 (InquiryPriceModifyInstancesChargeType) 用于切换实例的计费模式询价。关机不收费的实例、批量计算型BC1和批量计算型BS1机型族的实例、设置定时销毁的实例、竞价实例不支持该操作。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceModifyInstancesChargeTypeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType | API Explorer: call InquiryPriceModifyInstancesChargeType online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceModifyInstancesChargeType({
 *   InstanceChargeType: "PREPAID",
 *   InstanceIds: ["ins-r8hr2upy"],
 *   InstanceChargePrepaid: {
 *     Period: 1,
 *   },
 * });
 * console.log(res);
 */
export declare function inquiryPriceModifyInstancesChargeType(client: CvmBaseClient, input: InquiryPriceModifyInstancesChargeTypeRequest, options?: CvmCallOptions): Promise<InquiryPriceModifyInstancesChargeTypeResponse>;
