import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { InquirePriceRenewDisksRequest, InquirePriceRenewDisksResponse } from "../types.js";
/**
 * 续费云硬盘询价
 *
 * 本接口（InquirePriceRenewDisks）用于续费云硬盘询价。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquirePriceRenewDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceRenewDisks | API Explorer: call InquirePriceRenewDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.inquirePriceRenewDisks({
 *   DiskIds: ["lhdisk-5vmz00i3"],
 *   RenewDiskChargePrepaid: {
 *     Period: 1,
 *   },
 * });
 * console.log(res);
 */
export declare function inquirePriceRenewDisks(client: LighthouseBaseClient, input: InquirePriceRenewDisksRequest, options?: LighthouseCallOptions): Promise<InquirePriceRenewDisksResponse>;
