import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { SyncCvmImageRequest, SyncCvmImageResponse } from "../types.js";
/**
 * 复制镜像
 *
 * 本接口 (SyncCvmImage) 用于将自定义镜像同步到其它地区。镜像服务目前免费。用户可以把自定义镜像同步到不同地区。每个地域最多只支持创建10个自定义镜像。可以通过 DescribeImages  接口查询镜像同步情况，对于其中 status 为 4 和 5 的情况，则分别表示同步（目的地域）和复制中（源地域）的镜像。不支持北美地区。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SyncCvmImageErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.syncCvmImage({
 *   srcRegion: "gz",
 *   imgIdList: ["1"],
 *   dstRegion: ["sh"],
 *   desRegion: ["hk"],
 * });
 * console.log(res);
 */
export declare function syncCvmImage(client: ImageV2BaseClient, input: SyncCvmImageRequest, options?: ImageV2CallOptions): Promise<SyncCvmImageResponse>;
