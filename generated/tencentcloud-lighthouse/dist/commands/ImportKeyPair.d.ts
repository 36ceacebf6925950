import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ImportKeyPairRequest, ImportKeyPairResponse } from "../types.js";
/**
 * 导入密钥对
 *
 * 本接口（ImportKeyPair）用于导入用户指定密钥对。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function importKeyPair(client: LighthouseBaseClient, input: ImportKeyPairRequest, options?: LighthouseCallOptions): Promise<ImportKeyPairResponse>;
