import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { InquiryInstancePriceHourRequest, InquiryInstancePriceHourResponse } from "../types.js";
/**
 * 查询实例价格（按量计费）
 *
 * 本接口 (InquiryInstancePriceHour) 用于获取实例价格(按量计费)。仅支持按量计费实例的价格查询，包年包月实例使用 InquiryInstancePrice 。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryInstancePriceHourErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.inquiryInstancePriceHour({
 *   cpu: 1,
 *   mem: 1,
 *   bandwidthType: "PayByTraffic",
 *   bandwidth: 2,
 *   storageSize: 10,
 * });
 * console.log(res);
 */
export declare function inquiryInstancePriceHour(client: CvmV2BaseClient, input: InquiryInstancePriceHourRequest, options?: CvmV2CallOptions): Promise<InquiryInstancePriceHourResponse>;
