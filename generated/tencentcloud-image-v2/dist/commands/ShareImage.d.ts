import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { ShareImageRequest, ShareImageResponse } from "../types.js";
/**
 * 共享镜像
 *
 * 本接口 (ShareImage) 用于共享镜像。共享镜像后，镜像的共享人可以通过这个镜像创建实例。每个自定义镜像最多可共享给50个账户。共享镜像无法更改名称，描述，仅可用于创建实例。只支持共享到对方账户相同地域内。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ShareImageErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.shareImage({
 *   imageId: "img-apatyoed",
 *   uinList: ["909619400"],
 * });
 * console.log(res);
 */
export declare function shareImage(client: ImageV2BaseClient, input: ShareImageRequest, options?: ImageV2CallOptions): Promise<ShareImageResponse>;
