import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeImagesRequest, DescribeImagesResponse } from "../types.js";
/**
 * 查看镜像列表
 *
 * 本接口(DescribeImages) 用于查看镜像列表。可以通过指定镜像ID来查询指定镜像的详细信息，或通过设定过滤器来查询满足过滤条件的镜像的详细信息。指定偏移(Offset)和限制(Limit)来选择结果中的一部分，默认返回满足条件的前20个镜像信息。
 *
 * Default rate limit: 40 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeImagesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImages | API Explorer: call DescribeImages online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeImages({
 *   Filters: [
 *     {
 *       Values: ["img-9qabwvbn"],
 *       Name: "image-id",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeImages(client: CvmBaseClient, input?: DescribeImagesRequest, options?: CvmCallOptions): Promise<DescribeImagesResponse>;
