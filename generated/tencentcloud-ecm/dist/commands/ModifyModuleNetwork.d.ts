import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleNetworkRequest, ModifyModuleNetworkResponse } from "../types.js";
/**
 * 修改模块默认带宽上限
 *
 * 修改模块默认带宽上限
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleNetworkErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleNetwork | API Explorer: call ModifyModuleNetwork online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleNetwork({
 *   ModuleId: "em-bvr8f24q",
 *   DefaultBandwidth: 50,
 * });
 * console.log(res);
 */
export declare function modifyModuleNetwork(client: EcmBaseClient, input: ModifyModuleNetworkRequest, options?: EcmCallOptions): Promise<ModifyModuleNetworkResponse>;
