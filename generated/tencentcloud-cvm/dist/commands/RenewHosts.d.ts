import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RenewHostsRequest, RenewHostsResponse } from "../types.js";
/**
 * 续费CDH实例
 *
 * 本接口 (RenewHosts) 用于续费包年包月CDH实例。只支持操作包年包月实例，否则操作会以特定错误码返回。续费时请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewHostsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts | API Explorer: call RenewHosts online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.renewHosts({
 *   HostChargePrepaid: {
 *     Period: 1,
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *   },
 *   HostIds: ["host-ey16rkyg"],
 * });
 * console.log(res);
 */
export declare function renewHosts(client: CvmBaseClient, input: RenewHostsRequest, options?: CvmCallOptions): Promise<RenewHostsResponse>;
