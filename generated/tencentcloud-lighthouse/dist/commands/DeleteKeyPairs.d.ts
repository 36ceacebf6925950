import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteKeyPairsRequest, DeleteKeyPairsResponse } from "../types.js";
/**
 * 删除密钥对
 *
 * 本接口（DeleteKeyPairs）用于删除密钥对。不能删除已被实例或镜像引用的密钥对，删除之前需要确保没有被任何实例和镜像引用。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteKeyPairs | API Explorer: call DeleteKeyPairs online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.deleteKeyPairs({
 *   KeyIds: ["lhkp-1234abcd"],
 * });
 * console.log(res);
 */
export declare function deleteKeyPairs(client: LighthouseBaseClient, input: DeleteKeyPairsRequest, options?: LighthouseCallOptions): Promise<DeleteKeyPairsResponse>;
