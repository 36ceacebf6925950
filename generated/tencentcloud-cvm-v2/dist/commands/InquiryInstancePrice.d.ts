import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { InquiryInstancePriceRequest, InquiryInstancePriceResponse } from "../types.js";
/**
 * 查询实例价格（包年包月）
 *
 * 本接口 (InquiryInstancePrice) 用于获取实例价格(包年包月)。仅支持包年包月实例的价格查询，按量计费实例使用 InquiryInstancePriceHour 。不同的产品输入参数也不一样。具体是：用于续费
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryInstancePriceErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.inquiryInstancePrice({
 *   instanceType: 1,
 *   imageId: "img-1234test",
 *   cpu: 1,
 *   mem: 1,
 *   storageSize: 10,
 *   period: 1,
 * });
 * console.log(res);
 */
export declare function inquiryInstancePrice(client: CvmV2BaseClient, input: InquiryInstancePriceRequest, options?: CvmV2CallOptions): Promise<InquiryInstancePriceResponse>;
