import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteModuleRequest, DeleteModuleResponse } from "../types.js";
/**
 * 删除业务模块
 *
 * 删除业务模块
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteModuleErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteModule | API Explorer: call DeleteModule online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteModule({
 *   ModuleId: "em-bvr8f24q",
 * });
 * console.log(res);
 */
export declare function deleteModule(client: EcmBaseClient, input: DeleteModuleRequest, options?: EcmCallOptions): Promise<DeleteModuleResponse>;
