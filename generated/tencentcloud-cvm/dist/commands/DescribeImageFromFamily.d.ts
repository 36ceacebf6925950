import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeImageFromFamilyRequest, DescribeImageFromFamilyResponse } from "../types.js";
/**
 * 查询镜像族内可用镜像
 *
 * 本接口(DescribeImageFromFamily) 用于查看镜像族内可用镜像信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImageFromFamilyErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageFromFamily | API Explorer: call DescribeImageFromFamily online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeImageFromFamily({
 *   ImageFamily: "business-daily-update",
 * });
 * console.log(res);
 */
export declare function describeImageFromFamily(client: CvmBaseClient, input?: DescribeImageFromFamilyRequest, options?: CvmCallOptions): Promise<DescribeImageFromFamilyResponse>;
