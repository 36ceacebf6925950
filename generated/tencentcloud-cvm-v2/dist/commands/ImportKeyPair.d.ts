import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ImportKeyPairRequest, ImportKeyPairResponse } from "../types.js";
/**
 * 导入密钥
 *
 * 说明：本接口 (ImportKeyPair) 用于导入密钥。本接口的作用仅是将密钥导入到用户账户，并不会自动绑定到实例。如需通过API绑定，请参见 BindInstanceKey  API。需指定密钥名称以及该密钥的公钥文本。如果用户只有私钥，可以通过 SSL 工具将私钥转换成公钥后再导入。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.importKeyPair({
 *   keyName: "operation_key",
 *   pubKey: "ssh-rsa XXXXXXXXXXXX== skey_45071",
 * });
 * console.log(res);
 */
export declare function importKeyPair(client: CvmV2BaseClient, input: ImportKeyPairRequest, options?: CvmV2CallOptions): Promise<ImportKeyPairResponse>;
