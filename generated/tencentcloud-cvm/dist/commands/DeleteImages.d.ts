import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteImagesRequest, DeleteImagesResponse } from "../types.js";
/**
 * 删除镜像
 *
 * 本接口（DeleteImages）用于删除一个或多个镜像。当镜像状态为创建中和使用中时, 不允许删除。镜像状态可以通过DescribeImages获取。每个地域最多只支持创建500个自定义镜像，删除镜像可以释放账户的配额。当镜像正在被其它账户分享时，不允许删除。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteImagesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages | API Explorer: call DeleteImages online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteImages({
 *   ImageIds: ["img-34vaef8fe"],
 * });
 * console.log(res);
 */
export declare function deleteImages(client: CvmBaseClient, input: DeleteImagesRequest, options?: CvmCallOptions): Promise<DeleteImagesResponse>;
