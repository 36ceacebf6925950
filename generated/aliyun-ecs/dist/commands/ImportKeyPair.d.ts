import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ImportKeyPairRequest, ImportKeyPairResponse } from "../types.js";
/**
 * 导入由其他工具产生的 RSA 密钥对的公钥部分
 *
 * 导入由其他工具产生的 RSA 密钥对的公钥部分。导入密钥对后，您无需保管公钥部分，只需自行妥善保存密钥对的私钥部分。
 * 调用该接口时，您需要注意：
 * - 您在每个地域的密钥对数最高为 500 对。
 * - 导入的密钥对必须支持下列任一种加密方式：
 * - rsa
 * - dsa
 * - ssh-rsa
 * - ssh-dss
 * - ecdsa
 * - ssh-rsa-cert-v00@openssh.com
 * - o ssh-dss-cert-v00@openssh.com
 * - o ssh-rsa-cert-v01@openssh.com
 * - o ssh-dss-cert-v01@openssh.com
 * - o ecdsa-sha2-nistp256-cert-v01@openssh.com
 * - o ecdsa-sha2-nistp384-cert-v01@openssh.com
 * - o ecdsa-sha2-nistp521-cert-v01@openssh.com
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.importKeyPair({
 *   RegionId: "cn-qingdao",
 *   PublicKeyBody: "xxxxxxxxxxxxxx",
 *   KeyPairName: "test",
 * });
 * console.log(res);
 */
export declare function importKeyPair(client: EcsBaseClient, input: ImportKeyPairRequest, options?: EcsCallOptions): Promise<ImportKeyPairResponse>;
