import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeImageSharePermissionRequest, DescribeImageSharePermissionResponse } from "../types.js";
/**
 * 查看镜像分享信息
 *
 * 本接口（DescribeImageSharePermission）用于查询镜像分享信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImageSharePermissionErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageSharePermission | API Explorer: call DescribeImageSharePermission online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeImageSharePermission({
 *   ImageId: "img-6pb6lrmy",
 * });
 * console.log(res);
 */
export declare function describeImageSharePermission(client: CvmBaseClient, input: DescribeImageSharePermissionRequest, options?: CvmCallOptions): Promise<DescribeImageSharePermissionResponse>;
