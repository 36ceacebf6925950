import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { AssociateInstancesKeyPairsRequest, AssociateInstancesKeyPairsResponse } from "../types.js";
/**
 * 绑定密钥对
 *
 * 本接口 (AssociateInstancesKeyPairs) 用于将密钥绑定到实例上。仅支持对 Linux 操作系统实例进行绑定操作。非强制关机场景下，仅支持对 STOPPED 状态实例进行绑定操作。强制关机场景下，先执行强制关机，再绑定密钥；如实例原状态为 RUNNING，绑定完成后实例会自动开机。将密钥的公钥写入到实例的SSH配置当中，用户就可以通过该密钥的私钥来登录实例。如果实例原来绑定过密钥，那么原来的密钥将失效。如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。支持批量操作。每次请求批量实例的上限为100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateInstancesKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs | API Explorer: call AssociateInstancesKeyPairs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.associateInstancesKeyPairs({
 *   InstanceIds: ["ins-1e4r6y8i", "ins-3e56fg78"],
 *   KeyIds: ["skey-4e5ty7i8"],
 * });
 * console.log(res);
 */
export declare function associateInstancesKeyPairs(client: CvmBaseClient, input: AssociateInstancesKeyPairsRequest, options?: CvmCallOptions): Promise<AssociateInstancesKeyPairsResponse>;
