import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse } from "../types.js";
/**
 * 解绑密钥对
 *
 * 本接口 (DisassociateInstancesKeyPairs) 用于解除实例的密钥绑定关系。仅支持对 Linux 操作系统实例进行解绑操作。非强制关机场景下，仅支持对 STOPPED 状态实例进行解绑操作。强制关机场景下，先执行强制关机，再解绑密钥；如实例原状态为 RUNNING，解绑完成后实例会自动开机。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancesPassword 接口来设置登录密码。支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.disassociateInstancesKeyPairs({
 *   InstanceIds: ["ins-w34e5rl9"],
 *   KeyIds: ["skey-e3r6y7ji"],
 * });
 * console.log(res);
 */
export declare function disassociateInstancesKeyPairs(client: CvmBaseClient, input: DisassociateInstancesKeyPairsRequest, options?: CvmCallOptions): Promise<DisassociateInstancesKeyPairsResponse>;
