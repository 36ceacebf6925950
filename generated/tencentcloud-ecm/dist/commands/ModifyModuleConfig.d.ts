import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleConfigRequest, ModifyModuleConfigResponse } from "../types.js";
/**
 * 修改模块配置
 *
 * 修改模块配置，已关联实例的模块不支持调整配置。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleConfigErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleConfig | API Explorer: call ModifyModuleConfig online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleConfig({
 *   ModuleId: "em-0vag13d1",
 *   InstanceType: "SN3ne.2XLARGE16",
 *   DefaultDataDiskSize: 100,
 * });
 * console.log(res);
 */
export declare function modifyModuleConfig(client: EcmBaseClient, input: ModifyModuleConfigRequest, options?: EcmCallOptions): Promise<ModifyModuleConfigResponse>;
