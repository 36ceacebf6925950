import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyLaunchTemplateDefaultVersionRequest, ModifyLaunchTemplateDefaultVersionResponse } from "../types.js";
/**
 * 修改实例启动模板默认版本
 *
 * 本接口（ModifyLaunchTemplateDefaultVersion）用于修改实例启动模板默认版本。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLaunchTemplateDefaultVersionErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion | API Explorer: call ModifyLaunchTemplateDefaultVersion online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyLaunchTemplateDefaultVersion({
 *   LaunchTemplateId: "lt-34vaef8fe",
 *   DefaultVersion: 2,
 * });
 * console.log(res);
 */
export declare function modifyLaunchTemplateDefaultVersion(client: CvmBaseClient, input: ModifyLaunchTemplateDefaultVersionRequest, options?: CvmCallOptions): Promise<ModifyLaunchTemplateDefaultVersionResponse>;
