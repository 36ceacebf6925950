import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { InquirePriceCreateInstancesRequest, InquirePriceCreateInstancesResponse } from "../types.js";
/**
 * 创建实例询价
 *
 * 本接口（InquiryPriceCreateInstances）用于创建实例询价。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateInstancesErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function inquirePriceCreateInstances(client: LighthouseBaseClient, input: InquirePriceCreateInstancesRequest, options?: LighthouseCallOptions): Promise<InquirePriceCreateInstancesResponse>;
