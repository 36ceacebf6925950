import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { CreateImageRequest, CreateImageResponse } from "../types.js";
/**
 * 创建自定义镜像
 *
 * 本接口 (CreateImage) 用于将实例系统盘的当前状态制作成全新的镜像，使用此镜像可以快速创建实例。镜像服务目前免费。目标实例需要在关机状态下才可以创建自定义镜像。每个地域最多只支持创建10个自定义镜像。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.createImage({
 *   instanceId: "ins-12345678",
 *   imageName: "test",
 *   imageDescription: "desc",
 * });
 * console.log(res);
 */
export declare function createImage(client: ImageV2BaseClient, input: CreateImageRequest, options?: ImageV2CallOptions): Promise<CreateImageResponse>;
