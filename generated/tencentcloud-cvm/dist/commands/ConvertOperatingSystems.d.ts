import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ConvertOperatingSystemsRequest, ConvertOperatingSystemsResponse } from "../types.js";
/**
 * 转换操作系统
 *
 * 本接口(ConvertOperatingSystem)用于转换实例的操作系统，仅支持源操作系统为 CentOS 7、CentOS 8 的实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ConvertOperatingSystemsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConvertOperatingSystems | API Explorer: call ConvertOperatingSystems online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.convertOperatingSystems({
 *   InstanceIds: ["ins-6pb6lrmy"],
 * });
 * console.log(res);
 */
export declare function convertOperatingSystems(client: CvmBaseClient, input: ConvertOperatingSystemsRequest, options?: CvmCallOptions): Promise<ConvertOperatingSystemsResponse>;
