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
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt
 */
export declare function inquiryInstancePrice(client: CvmV2BaseClient, input: InquiryInstancePriceRequest, options?: CvmV2CallOptions): Promise<InquiryInstancePriceResponse>;
