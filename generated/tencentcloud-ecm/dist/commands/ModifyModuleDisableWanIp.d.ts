import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleDisableWanIpRequest, ModifyModuleDisableWanIpResponse } from "../types.js";
/**
 * 修改模块是否禁止分配外网ip
 *
 * 修改模块是否禁止分配外网ip的属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleDisableWanIpErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleDisableWanIp | API Explorer: call ModifyModuleDisableWanIp online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleDisableWanIp({
 *   ModuleId: "em-0vag13d1",
 *   DisableWanIp: true,
 * });
 * console.log(res);
 */
export declare function modifyModuleDisableWanIp(client: EcmBaseClient, input: ModifyModuleDisableWanIpRequest, options?: EcmCallOptions): Promise<ModifyModuleDisableWanIpResponse>;
