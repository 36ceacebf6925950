import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ImportKeyPairRequest, ImportKeyPairResponse } from "../types.js";
/**
 * 导入密钥对
 *
 * 本接口 (ImportKeyPair) 用于导入密钥对。本接口的功能是将密钥对导入到用户账户，并不会自动绑定到实例。如需绑定可以使用AssociateInstancesKeyPairs接口。需指定密钥对名称以及该密钥对的公钥文本。如果用户只有私钥，可以通过 SSL 工具将私钥转换成公钥后再导入。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair | API Explorer: call ImportKeyPair online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.importKeyPair({
 *   ProjectId: 0,
 *   KeyName: "operation_key",
 *   PublicKey: "ssh-rsa XXXXXXXXXXXX== skey_45071",
 * });
 * console.log(res);
 */
export declare function importKeyPair(client: CvmBaseClient, input: ImportKeyPairRequest, options?: CvmCallOptions): Promise<ImportKeyPairResponse>;
