import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeBundleDiscountRequest, DescribeBundleDiscountResponse } from "../types.js";
/**
 * 查询套餐折扣
 *
 * 本接口（DescribeBundleDiscount）用于查询套餐折扣信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeBundleDiscountErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBundleDiscount | API Explorer: call DescribeBundleDiscount online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeBundleDiscount({
 *   BundleId: "bundle2022_gen_01",
 * });
 * console.log(res);
 */
export declare function describeBundleDiscount(client: LighthouseBaseClient, input: DescribeBundleDiscountRequest, options?: LighthouseCallOptions): Promise<DescribeBundleDiscountResponse>;
