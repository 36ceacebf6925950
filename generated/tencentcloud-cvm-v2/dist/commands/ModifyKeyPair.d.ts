import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ModifyKeyPairRequest, ModifyKeyPairResponse } from "../types.js";
/**
 * 修改密钥名称
 *
 * 本接口 (ModifyKeyPair) 用于修改密钥名称。可以根据密钥 ID 修改密钥名称；密钥 ID 属于密钥的唯一标识，不可修改。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyKeyPairErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyKeyPair({
 *   keyId: "skey-mv9yzyjj",
 *   keyName: "Tencent",
 * });
 * console.log(res);
 */
export declare function modifyKeyPair(client: CvmV2BaseClient, input: ModifyKeyPairRequest, options?: CvmV2CallOptions): Promise<ModifyKeyPairResponse>;
