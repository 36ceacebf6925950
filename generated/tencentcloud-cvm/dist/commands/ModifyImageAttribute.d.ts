import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyImageAttributeRequest, ModifyImageAttributeResponse } from "../types.js";
/**
 * 修改镜像属性
 *
 * 本接口（ModifyImageAttribute）用于修改镜像属性。已分享的镜像无法修改属性。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute | API Explorer: call ModifyImageAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyImageAttribute({
 *   ImageId: "img-6pb6lrmy",
 *   ImageName: "sample",
 * });
 * console.log(res);
 */
export declare function modifyImageAttribute(client: CvmBaseClient, input: ModifyImageAttributeRequest, options?: CvmCallOptions): Promise<ModifyImageAttributeResponse>;
