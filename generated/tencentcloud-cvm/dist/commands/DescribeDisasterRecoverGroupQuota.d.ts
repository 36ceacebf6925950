import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeDisasterRecoverGroupQuotaRequest, DescribeDisasterRecoverGroupQuotaResponse } from "../types.js";
/**
 * 查询置放群组配额
 *
 * 本接口 (DescribeDisasterRecoverGroupQuota)用于查询分散置放群组配额。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisasterRecoverGroupQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota | API Explorer: call DescribeDisasterRecoverGroupQuota online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeDisasterRecoverGroupQuota({});
 * console.log(res);
 */
export declare function describeDisasterRecoverGroupQuota(client: CvmBaseClient, input?: DescribeDisasterRecoverGroupQuotaRequest, options?: CvmCallOptions): Promise<DescribeDisasterRecoverGroupQuotaResponse>;
