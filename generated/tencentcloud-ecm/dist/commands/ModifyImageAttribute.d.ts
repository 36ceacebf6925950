import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyImageAttributeRequest, ModifyImageAttributeResponse } from "../types.js";
/**
 * 修改镜像属性
 *
 * 本接口（ModifyImageAttribute）用于修改镜像属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyImageAttribute | API Explorer: call ModifyImageAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyImageAttribute({
 *   ImageId: "img-gvbnzy6f",
 *   ImageName: "test_name",
 *   ImageDescription: "test_description",
 * });
 * console.log(res);
 */
export declare function modifyImageAttribute(client: EcmBaseClient, input: ModifyImageAttributeRequest, options?: EcmCallOptions): Promise<ModifyImageAttributeResponse>;
