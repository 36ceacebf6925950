import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeLaunchTemplatesRequest, DescribeLaunchTemplatesResponse } from "../types.js";
/**
 * 查询实例启动模板
 *
 * 本接口（DescribeLaunchTemplates）用于查询一个或者多个实例启动模板。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLaunchTemplatesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplates | API Explorer: call DescribeLaunchTemplates online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeLaunchTemplates({
 *   LaunchTemplateIds: ["lt-q9t8j8eg"],
 * });
 * console.log(res);
 */
export declare function describeLaunchTemplates(client: CvmBaseClient, input?: DescribeLaunchTemplatesRequest, options?: CvmCallOptions): Promise<DescribeLaunchTemplatesResponse>;
