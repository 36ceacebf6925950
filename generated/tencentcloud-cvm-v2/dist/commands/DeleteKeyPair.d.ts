import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { DeleteKeyPairRequest, DeleteKeyPairResponse } from "../types.js";
/**
 * 删除密钥
 *
 * 本接口 (DeleteKeyPair) 用于删除已在腾讯云托管的密钥。可以同时删除多个密钥。不能删除已被实例或镜像引用的密钥；由于这个原因，可能不是全部密钥都会成功删除，需要独立判断。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteKeyPair({
 *   keyIds: ["skey-mv9yzyjj"],
 * });
 * console.log(res);
 */
export declare function deleteKeyPair(client: CvmV2BaseClient, input: DeleteKeyPairRequest, options?: CvmV2CallOptions): Promise<DeleteKeyPairResponse>;
