import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { InquiryPriceRunInstancesRequest, InquiryPriceRunInstancesResponse } from "../types.js";
/**
 * 创建实例询价
 *
 * 本接口(InquiryPriceRunInstances)用于创建实例询价。本接口仅允许针对购买限制范围内的实例配置进行询价, 详见：创建实例。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRunInstancesErrorCode}.
 * @see spec/sources/tencentcloud-cvm-2017-03-12.txt
 */
export declare function inquiryPriceRunInstances(client: CvmBaseClient, input: InquiryPriceRunInstancesRequest, options?: CvmCallOptions): Promise<InquiryPriceRunInstancesResponse>;
