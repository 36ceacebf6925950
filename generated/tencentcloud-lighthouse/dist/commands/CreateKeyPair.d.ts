import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateKeyPairRequest, CreateKeyPairResponse } from "../types.js";
/**
 * 创建密钥对
 *
 * 本接口（CreateKeyPair）用于创建一个密钥对。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createKeyPair({
 *   KeyName: "test_create_1",
 * });
 * console.log(res);
 */
export declare function createKeyPair(client: LighthouseBaseClient, input: CreateKeyPairRequest, options?: LighthouseCallOptions): Promise<CreateKeyPairResponse>;
