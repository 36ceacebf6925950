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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ImportKeyPair | API Explorer: call ImportKeyPair online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.importKeyPair({
 *   KeyName: "test_import",
 *   PublicKey: "<公钥内容>",
 * });
 * console.log(res);
 */
export declare function importKeyPair(client: LighthouseBaseClient, input: ImportKeyPairRequest, options?: LighthouseCallOptions): Promise<ImportKeyPairResponse>;
