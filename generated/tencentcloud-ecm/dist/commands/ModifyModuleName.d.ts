import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleNameRequest, ModifyModuleNameResponse } from "../types.js";
/**
 * 修改模块名称
 *
 * 修改模块名称
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleNameErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleName | API Explorer: call ModifyModuleName online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleName({
 *   ModuleId: "em-0vag13d1",
 *   ModuleName: "视频解析模块",
 * });
 * console.log(res);
 */
export declare function modifyModuleName(client: EcmBaseClient, input: ModifyModuleNameRequest, options?: EcmCallOptions): Promise<ModifyModuleNameResponse>;
