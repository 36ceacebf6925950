import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyModuleImageRequest, ModifyModuleImageResponse } from "../types.js";
/**
 * 修改模块默认镜像
 *
 * 修改模块的默认镜像
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyModuleImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyModuleImage | API Explorer: call ModifyModuleImage online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyModuleImage({
 *   ModuleId: "em-bvr8f24q",
 *   DefaultImageId: "img-oy9q2bql",
 * });
 * console.log(res);
 */
export declare function modifyModuleImage(client: EcmBaseClient, input: ModifyModuleImageRequest, options?: EcmCallOptions): Promise<ModifyModuleImageResponse>;
