import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { GetImageShareUinInfoRequest, GetImageShareUinInfoResponse } from "../types.js";
/**
 * 查询镜像共享的账号信息
 *
 * 本接口 (GetImageShareUinInfo) 用于查询本账户的镜像共享情况，包括共享的账户列表。可以通过镜像ID进行查询，最多10个。
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link GetImageShareUinInfoErrorCode}.
 * @example
 * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
 *
 * const client = new ImageV2Client({ region: "ap-guangzhou" });
 * const res = await client.getImageShareUinInfo({
 *   imageIds: ["img-jgggrva9"],
 * });
 * console.log(res);
 */
export declare function getImageShareUinInfo(client: ImageV2BaseClient, input: GetImageShareUinInfoRequest, options?: ImageV2CallOptions): Promise<GetImageShareUinInfoResponse>;
