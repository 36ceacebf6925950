import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteLaunchTemplateRequest, DeleteLaunchTemplateResponse } from "../types.js";
/**
 * 删除实例启动模板
 *
 * 本接口（DeleteLaunchTemplate）用于删除一个实例启动模板。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLaunchTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate | API Explorer: call DeleteLaunchTemplate online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteLaunchTemplate({
 *   LaunchTemplateId: "lt-34vaef8fe",
 * });
 * console.log(res);
 */
export declare function deleteLaunchTemplate(client: CvmBaseClient, input: DeleteLaunchTemplateRequest, options?: CvmCallOptions): Promise<DeleteLaunchTemplateResponse>;
