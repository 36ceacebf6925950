import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { DeleteImagesRequest, DeleteImagesResponse } from "../types.js";
/**
 * 删除镜像
 *
 * 本接口 (DeleteImages) 用于删除一个或者多个镜像。参见： 批量异步任务接口返回格式 。当镜像状态为创建中和使用中状态时, 不可以删除。每个地域最多只支持创建10个自定义镜像，删除镜像可以释放账户的配额。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteImagesErrorCode}.
 */
export declare function deleteImages(client: ImageV2BaseClient, input: DeleteImagesRequest, options?: ImageV2CallOptions): Promise<DeleteImagesResponse>;
