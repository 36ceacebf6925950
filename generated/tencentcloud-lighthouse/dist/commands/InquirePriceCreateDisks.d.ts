import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { InquirePriceCreateDisksRequest, InquirePriceCreateDisksResponse } from "../types.js";
/**
 * 新购云硬盘询价
 *
 * 本接口（InquirePriceCreateDisks）用于新购云硬盘询价。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateDisks | API Explorer: call InquirePriceCreateDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.inquirePriceCreateDisks({
 *   DiskSize: 20,
 *   DiskType: "CLOUD_SSD",
 *   DiskChargePrepaid: {
 *     Period: 1,
 *   },
 * });
 * console.log(res);
 */
export declare function inquirePriceCreateDisks(client: LighthouseBaseClient, input: InquirePriceCreateDisksRequest, options?: LighthouseCallOptions): Promise<InquirePriceCreateDisksResponse>;
