import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceRenewHostsRequest, InquiryPriceRenewHostsResponse } from "../types.js";
/**
 * 续费CDH实例询价
 *
 * 本接口 (InquiryPriceRenewHosts) 用于续费包年包月 CDH实例询价。只支持查询包年包月CDH实例的续费价格。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewHostsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts | API Explorer: call InquiryPriceRenewHosts online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceRenewHosts({
 *   HostChargePrepaid: {
 *     Period: 1,
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *   },
 *   HostIds: ["host-ey16rkyg"],
 * });
 * console.log(res);
 */
export declare function inquiryPriceRenewHosts(client: CvmBaseClient, input: InquiryPriceRenewHostsRequest, options?: CvmCallOptions): Promise<InquiryPriceRenewHostsResponse>;
