import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteKeyPairsRequest, DeleteKeyPairsResponse } from "../types.js";
/**
 * 删除密钥对
 *
 * 本接口 (DeleteKeyPairs) 用于删除已在腾讯云托管的密钥对。可以同时删除多个密钥对。不能删除已被实例或镜像引用的密钥对，所以需要独立判断是否所有密钥对都被成功删除。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteKeyPairs | API Explorer: call DeleteKeyPairs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteKeyPairs({
 *   KeyIds: ["skey-mv9yzyjj"],
 * });
 * console.log(res);
 */
export declare function deleteKeyPairs(client: CvmBaseClient, input: DeleteKeyPairsRequest, options?: CvmCallOptions): Promise<DeleteKeyPairsResponse>;
