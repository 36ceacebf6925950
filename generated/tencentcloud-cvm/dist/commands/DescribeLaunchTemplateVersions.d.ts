import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeLaunchTemplateVersionsRequest, DescribeLaunchTemplateVersionsResponse } from "../types.js";
/**
 * 查询实例模板版本信息
 *
 * 本接口（DescribeLaunchTemplateVersions）用于查询实例模板版本信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLaunchTemplateVersionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions | API Explorer: call DescribeLaunchTemplateVersions online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeLaunchTemplateVersions({
 *   LaunchTemplateId: "lt-b8v1kcyq",
 * });
 * console.log(res);
 */
export declare function describeLaunchTemplateVersions(client: CvmBaseClient, input: DescribeLaunchTemplateVersionsRequest, options?: CvmCallOptions): Promise<DescribeLaunchTemplateVersionsResponse>;
