import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { AllocateHostsRequest, AllocateHostsResponse } from "../types.js";
/**
 * 创建CDH实例
 *
 * 本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateHostsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts | API Explorer: call AllocateHosts online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.allocateHosts({
 *   HostChargeType: "PREPAID",
 *   HostCount: 1,
 *   Placement: {
 *     Zone: "ap-guangzhou-2",
 *   },
 *   HostType: "HS1",
 *   HostChargePrepaid: {
 *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 *     Period: 1,
 *   },
 * });
 * console.log(res);
 */
export declare function allocateHosts(client: CvmBaseClient, input: AllocateHostsRequest, options?: CvmCallOptions): Promise<AllocateHostsResponse>;
