import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateKeyPairRequest, CreateKeyPairResponse } from "../types.js";
/**
 * 创建密钥对
 *
 * 用于创建一个 OpenSSH RSA 密钥对，可以用于登录 Linux 实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createKeyPair({
 *   KeyName: "tencent",
 * });
 * console.log(res);
 */
export declare function createKeyPair(client: EcmBaseClient, input: CreateKeyPairRequest, options?: EcmCallOptions): Promise<CreateKeyPairResponse>;
