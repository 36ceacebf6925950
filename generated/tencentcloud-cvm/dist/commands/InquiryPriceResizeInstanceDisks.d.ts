import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceResizeInstanceDisksRequest, InquiryPriceResizeInstanceDisksResponse } from "../types.js";
/**
 * 扩容实例磁盘询价
 *
 * 本接口 (InquiryPriceResizeInstanceDisks) 用于扩容实例的数据盘询价。目前只支持扩容非弹性数据盘（DescribeDisks 接口返回值中的Portable为false表示非弹性）询价。目前不支持CDH实例使用该接口扩容数据盘询价。目前只支持扩容一块数据盘询价。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResizeInstanceDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResizeInstanceDisks | API Explorer: call InquiryPriceResizeInstanceDisks online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.inquiryPriceResizeInstanceDisks({
 *   InstanceId: "ins-fd8spnmq",
 *   DataDisks: [
 *     {
 *       DiskSize: 100,
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function inquiryPriceResizeInstanceDisks(client: CvmBaseClient, input: InquiryPriceResizeInstanceDisksRequest, options?: CvmCallOptions): Promise<InquiryPriceResizeInstanceDisksResponse>;
