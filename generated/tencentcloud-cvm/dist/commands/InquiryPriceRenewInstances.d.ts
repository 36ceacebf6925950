import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceRenewInstancesRequest, InquiryPriceRenewInstancesResponse } from "../types.js";
/**
 * 续费实例询价
 *
 * 本接口 (InquiryPriceRenewInstances) 用于续费包年包月实例询价。只支持查询包年包月实例的续费价格。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances | API Explorer: call InquiryPriceRenewInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceRenewInstances({
 *   InstanceChargePrepaid: {
 *     Period: 1,
 *   },
 *   InstanceIds: ["ins-2zvpghhc"],
 * });
 * console.log(res);
 */
export declare function inquiryPriceRenewInstances(client: CvmBaseClient, input: InquiryPriceRenewInstancesRequest, options?: CvmCallOptions): Promise<InquiryPriceRenewInstancesResponse>;
