import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { CancelShareImageRequest, CancelShareImageResponse } from "../types.js";
/**
 * 取消共享镜像
 *
 * 本接口 (CancelShareImage) 用于取消共享镜像。镜像服务目前免费。每个自定义镜像最多可共享给50个账户；取消共享可以释放账户的配额。要完全取消分享，请先 查询共享人  获取该镜像共享给的全部账户，并在调用时全部指定。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CancelShareImageErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.cancelShareImage({
 *   imageId: "img-jgggrva9",
 *   uinList: ["877354327"],
 * });
 * console.log(res);
 */
export declare function cancelShareImage(client: ImageV2BaseClient, input: CancelShareImageRequest, options?: ImageV2CallOptions): Promise<CancelShareImageResponse>;
