import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeBundlesRequest, DescribeBundlesResponse } from "../types.js";
/**
 * 查询套餐
 *
 * 本接口（DescribeBundles）用于查询套餐信息。
 *
 * Default rate limit: 5 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeBundlesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBundles | API Explorer: call DescribeBundles online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeBundles({
 *   BundleIds: ["bundle_ntp_small1_500", "bundle_bw_small1_1"],
 * });
 * console.log(res);
 */
export declare function describeBundles(client: LighthouseBaseClient, input?: DescribeBundlesRequest, options?: LighthouseCallOptions): Promise<DescribeBundlesResponse>;
