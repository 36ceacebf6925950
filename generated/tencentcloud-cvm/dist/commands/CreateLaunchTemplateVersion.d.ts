import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateLaunchTemplateVersionRequest, CreateLaunchTemplateVersionResponse } from "../types.js";
/**
 * 创建实例启动模板新版本
 *
 * 本接口（CreateLaunchTemplateVersion）根据指定的实例模板ID以及对应的模板版本号创建新的实例启动模板，若未指定模板版本号则使用默认版本号。每个实例启动模板最多创建30个版本。新实例模板中未显式指定的参数值，使用指定版本号对应参数值覆盖。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLaunchTemplateVersionErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplateVersion | API Explorer: call CreateLaunchTemplateVersion online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createLaunchTemplateVersion({
 *   Placement: {
 *     Zone: "ap-guangzhou-1",
 *   },
 *   LaunchTemplateId: "lt-lobxe2yo",
 * });
 * console.log(res);
 */
export declare function createLaunchTemplateVersion(client: CvmBaseClient, input: CreateLaunchTemplateVersionRequest, options?: CvmCallOptions): Promise<CreateLaunchTemplateVersionResponse>;
