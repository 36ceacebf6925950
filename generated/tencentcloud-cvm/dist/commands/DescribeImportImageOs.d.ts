import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeImportImageOsRequest, DescribeImportImageOsResponse } from "../types.js";
/**
 * 查询外部导入镜像支持的OS列表
 *
 * 查看可以导入的镜像操作系统信息。
 *
 * Default rate limit: 288 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImportImageOsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs | API Explorer: call DescribeImportImageOs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeImportImageOs({});
 * console.log(res);
 */
export declare function describeImportImageOs(client: CvmBaseClient, input?: DescribeImportImageOsRequest, options?: CvmCallOptions): Promise<DescribeImportImageOsResponse>;
