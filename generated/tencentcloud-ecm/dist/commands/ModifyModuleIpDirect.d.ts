import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleIpDirectRequest, ModifyModuleIpDirectResponse } from "../types.js";
/**
 * 修改模块IP直通
 *
 * 修改模块IP直通。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleIpDirectErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleIpDirect | API Explorer: call ModifyModuleIpDirect online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleIpDirect({
 *   ModuleId: "em-0vag13d1",
 *   CloseIpDirect: true,
 * });
 * console.log(res);
 */
export declare function modifyModuleIpDirect(client: EcmBaseClient, input: ModifyModuleIpDirectRequest, options?: EcmCallOptions): Promise<ModifyModuleIpDirectResponse>;
