import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RenewInstancesRequest, RenewInstancesResponse } from "../types.js";
/**
 * 续费实例
 *
 * 本接口 (RenewInstances) 用于续费包年包月实例。只支持操作包年包月实例。续费时请确保账户余额充足。可通过DescribeAccountBalance接口查询账户余额。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances | API Explorer: call RenewInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.renewInstances({
 *   InstanceChargePrepaid: {
 *     RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
 *     Period: 1,
 *   },
 *   InstanceIds: ["ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function renewInstances(client: CvmBaseClient, input: RenewInstancesRequest, options?: CvmCallOptions): Promise<RenewInstancesResponse>;
