import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { BindInstanceKeyRequest, BindInstanceKeyResponse } from "../types.js";
/**
 * 绑定密钥
 *
 * 本接口 (BindInstanceKey) 用于将密钥绑定到 CVM 实例上。系统将密钥的公钥写入到实例的 SSH 配置当中，用户就可以通过这个密钥的私钥登录 CVM 了。如果实例原来绑定过密钥，那么原来的密钥将失效。如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。只有已关机状态的子机才能绑定密钥。注意：Windows 无法绑定密钥。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link BindInstanceKeyErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.bindInstanceKey({
 *   instanceIds: ["ins-xxxxx", "ins-xxxxx"],
 *   keyId: "skey-xxxxx",
 * });
 * console.log(res);
 */
export declare function bindInstanceKey(client: CvmV2BaseClient, input: BindInstanceKeyRequest, options?: CvmV2CallOptions): Promise<BindInstanceKeyResponse>;
