import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteImageRequest, DeleteImageResponse } from "../types.js";
/**
 * 删除镜像
 *
 * 删除镜像
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteImage | API Explorer: call DeleteImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteImage({
 *   ImageIDSet: ["img-pmqg1cw9"],
 * });
 * console.log(res);
 */
export declare function deleteImage(client: EcmBaseClient, input: DeleteImageRequest, options?: EcmCallOptions): Promise<DeleteImageResponse>;
