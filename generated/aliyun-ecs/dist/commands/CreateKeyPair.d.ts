import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateKeyPairRequest, CreateKeyPairResponse } from "../types.js";
/**
 * 创建一对 SSH 密钥对
 *
 * 创建一对 SSH 密钥对。我们会为您保管密钥的公钥部分，并返回未加密的 PEM 编码的 PKCS#8 格式私钥。您需要自行妥善保管私钥部分。
 * 除了调用 CreateKeyPair 创建密钥对之外，您还可以使用第三方工具创建密钥对，然后上传 (ImportKeyPair) 到某一阿里云地域，其使用方法和我们为您创建的密钥对是一致的。
 * 您在每个地域的密钥对数最高为 500 对。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createKeyPair({
 *   RegionId: "cn-qingdao",
 *   KeyPairName: "test",
 * });
 * console.log(res);
 */
export declare function createKeyPair(client: EcsBaseClient, input: CreateKeyPairRequest, options?: EcsCallOptions): Promise<CreateKeyPairResponse>;
