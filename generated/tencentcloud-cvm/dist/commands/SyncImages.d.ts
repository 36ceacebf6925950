import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { SyncImagesRequest, SyncImagesResponse } from "../types.js";
/**
 * 同步镜像
 *
 * 本接口（SyncImages）用于将自定义镜像同步到其它地区。该接口每次调用只支持同步一个镜像。该接口支持自定义镜像向多个地域同步。共享镜像仅支持同步为源地域（单个）的自定义镜像。自定义镜像仅支持同步为源地域（单个）的加密自定义镜像。单个账号在每个地域最多支持存在500个自定义镜像。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SyncImagesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages | API Explorer: call SyncImages online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.syncImages({
 *   ImageIds: ["img-o3ycss2p"],
 *   DestinationRegions: ["ap-guangzhou"],
 * });
 * console.log(res);
 */
export declare function syncImages(client: CvmBaseClient, input: SyncImagesRequest, options?: CvmCallOptions): Promise<SyncImagesResponse>;
