import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeAccountQuotaRequest, DescribeAccountQuotaResponse } from "../types.js";
/**
 * 查询用户配额详情
 *
 * 本接口(DescribeAccountQuota)用于查询用户配额详情。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAccountQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota | API Explorer: call DescribeAccountQuota online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeAccountQuota({});
 * console.log(res);
 */
export declare function describeAccountQuota(client: CvmBaseClient, input?: DescribeAccountQuotaRequest, options?: CvmCallOptions): Promise<DescribeAccountQuotaResponse>;
