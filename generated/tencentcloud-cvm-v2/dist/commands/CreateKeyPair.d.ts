import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { CreateKeyPairRequest, CreateKeyPairResponse } from "../types.js";
/**
 * 创建密钥
 *
 * 本接口 (CreateKeyPair) 用于创建一个 OpenSSH RSA 密钥，可以用于登录 Linux 实例。开发者只需指定密钥名称，即可由系统自动创建密钥，并返回所生成的密钥的 ID 及其公钥、私钥的内容。密钥名称不可重复。私钥的内容可以保存到文件中作为 SSH 的一种认证方式。腾讯云不会保存用户的私钥，请妥善保管。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.createKeyPair({
 *   keyName: "Tencent",
 * });
 * console.log(res);
 */
export declare function createKeyPair(client: CvmV2BaseClient, input: CreateKeyPairRequest, options?: CvmV2CallOptions): Promise<CreateKeyPairResponse>;
