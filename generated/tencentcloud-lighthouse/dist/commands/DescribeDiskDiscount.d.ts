import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDiskDiscountRequest, DescribeDiskDiscountResponse } from "../types.js";
/**
 * 查询云硬盘折扣信息
 *
 * 本接口(DescribeDiskDiscount)用于查询云硬盘折扣信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDiskDiscountErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskDiscount | API Explorer: call DescribeDiskDiscount online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDiskDiscount({
 *   DiskType: "CLOUD_PREMIUM",
 *   DiskSize: 50,
 * });
 * console.log(res);
 */
export declare function describeDiskDiscount(client: LighthouseBaseClient, input: DescribeDiskDiscountRequest, options?: LighthouseCallOptions): Promise<DescribeDiskDiscountResponse>;
