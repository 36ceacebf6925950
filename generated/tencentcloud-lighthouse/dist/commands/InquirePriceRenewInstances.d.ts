import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { InquirePriceRenewInstancesRequest, InquirePriceRenewInstancesResponse } from "../types.js";
/**
 * 续费实例询价
 *
 * 本接口（InquirePriceRenewInstances）用于续费实例询价。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquirePriceRenewInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceRenewInstances | API Explorer: call InquirePriceRenewInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.inquirePriceRenewInstances({
 *   InstanceChargePrepaid: {
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *     Period: 1,
 *   },
 *   InstanceIds: ["lhins-iqrj7783"],
 * });
 * console.log(res);
 */
export declare function inquirePriceRenewInstances(client: LighthouseBaseClient, input: InquirePriceRenewInstancesRequest, options?: LighthouseCallOptions): Promise<InquirePriceRenewInstancesResponse>;
