import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ImportImageRequest, ImportImageResponse } from "../types.js";
/**
 * 导入镜像
 *
 * 从CVM产品导入镜像到ECM
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ImportImage | API Explorer: call ImportImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.importImage({
 *   ImageId: "img-pmqg1cw9",
 *   ImageDescription: "sampleImage",
 *   SourceRegion: "ap-chengdu",
 * });
 * console.log(res);
 */
export declare function importImage(client: EcmBaseClient, input: ImportImageRequest, options?: EcmCallOptions): Promise<ImportImageResponse>;
