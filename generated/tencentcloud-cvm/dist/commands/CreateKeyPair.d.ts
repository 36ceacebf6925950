import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateKeyPairRequest, CreateKeyPairResponse } from "../types.js";
/**
 * 创建密钥对
 *
 * 本接口 (CreateKeyPair) 用于创建一个 OpenSSH RSA  密钥对，可以用于登录 Linux  实例。开发者只需指定密钥对名称，即可由系统自动创建密钥对，并返回所生成的密钥对的 ID 及其公钥、私钥的内容。密钥对名称不能和已经存在的密钥对的名称重复。私钥的内容可以保存到文件中作为 SSH 的一种认证方式。腾讯云不会保存用户的私钥，请妥善保管。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createKeyPair({
 *   ProjectId: 0,
 *   KeyName: "Tencent",
 * });
 * console.log(res);
 */
export declare function createKeyPair(client: CvmBaseClient, input: CreateKeyPairRequest, options?: CvmCallOptions): Promise<CreateKeyPairResponse>;
