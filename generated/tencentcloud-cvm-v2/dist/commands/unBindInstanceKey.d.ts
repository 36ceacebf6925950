import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { unBindInstanceKeyRequest, unBindInstanceKeyResponse } from "../types.js";
/**
 * 解绑密钥
 *
 * 本接口 (UnBindInstanceKey) 用于解除 CVM 的密钥绑定关系。解绑密钥只支持关机状态的 Linux 子机。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancePassword  来增加一个登录密码。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link unBindInstanceKeyErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.unBindInstanceKey({
 *   instanceIds: ["ins-xxxxx", "ins-xxxxx"],
 *   keyId: "skey-xxxxx",
 * });
 * console.log(res);
 */
export declare function unBindInstanceKey(client: CvmV2BaseClient, input: unBindInstanceKeyRequest, options?: CvmV2CallOptions): Promise<unBindInstanceKeyResponse>;
