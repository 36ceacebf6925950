import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeRegionsRequest, DescribeRegionsResponse } from "../types.js";
/**
 * 查询地域列表
 *
 * 本接口(DescribeRegions)用于查询地域信息。因平台策略原因，该接口暂时停止更新，为确保您正常调用，可切换至新链接：https://cloud.tencent.com/document/product/1596/77930。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions | API Explorer: call DescribeRegions online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient();
 * const res = await client.describeRegions({});
 * console.log(res);
 */
export declare function describeRegions(client: CvmBaseClient, input?: DescribeRegionsRequest, options?: CvmCallOptions): Promise<DescribeRegionsResponse>;
