import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeImageQuotaRequest, DescribeImageQuotaResponse } from "../types.js";
/**
 * 查询镜像配额上限
 *
 * 本接口(DescribeImageQuota)用于查询用户账号的镜像配额。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImageQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota | API Explorer: call DescribeImageQuota online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeImageQuota({});
 * console.log(res);
 */
export declare function describeImageQuota(client: CvmBaseClient, input?: DescribeImageQuotaRequest, options?: CvmCallOptions): Promise<DescribeImageQuotaResponse>;
