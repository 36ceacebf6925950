import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ResetInstancesPasswordRequest, ResetInstancesPasswordResponse } from "../types.js";
/**
 * 重置实例密码
 *
 * 重置处于运行中状态的实例的密码，需要显式指定强制关机参数ForceStop。如果没有显式指定强制关机参数，则只有处于关机状态的实例才允许执行重置密码操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.resetInstancesPassword({
 *   InstanceIdSet: ["ein-356531dd", "ein-583021kl"],
 *   ForceStop: false,
 *   UserName: "root",
 *   Password: "cptbtptpA@1095",
 * });
 * console.log(res);
 */
export declare function resetInstancesPassword(client: EcmBaseClient, input: ResetInstancesPasswordRequest, options?: EcmCallOptions): Promise<ResetInstancesPasswordResponse>;
