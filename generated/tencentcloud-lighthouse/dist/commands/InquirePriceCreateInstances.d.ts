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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateInstances | API Explorer: call InquirePriceCreateInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.inquirePriceCreateInstances({
 *   BundleId: "bundle_ntp_small1_500",
 *   InstanceChargePrepaid: {
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *     Period: 1,
 *   },
 *   InstanceCount: 2,
 * });
 * console.log(res);
 */
export declare function inquirePriceCreateInstances(client: LighthouseBaseClient, input: InquirePriceCreateInstancesRequest, options?: LighthouseCallOptions): Promise<InquirePriceCreateInstancesResponse>;
