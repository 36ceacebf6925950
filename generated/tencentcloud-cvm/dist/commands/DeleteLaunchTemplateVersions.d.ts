import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteLaunchTemplateVersionsRequest, DeleteLaunchTemplateVersionsResponse } from "../types.js";
/**
 * 删除实例启动模板版本
 *
 * 本接口（DeleteLaunchTemplateVersions）用于删除一个或者多个实例启动模板版本。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLaunchTemplateVersionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions | API Explorer: call DeleteLaunchTemplateVersions online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteLaunchTemplateVersions({
 *   LaunchTemplateId: "lt-34vaef8fe",
 *   LaunchTemplateVersions: [2, 3],
 * });
 * console.log(res);
 */
export declare function deleteLaunchTemplateVersions(client: CvmBaseClient, input: DeleteLaunchTemplateVersionsRequest, options?: CvmCallOptions): Promise<DeleteLaunchTemplateVersionsResponse>;
