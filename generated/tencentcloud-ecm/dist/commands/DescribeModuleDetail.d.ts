import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeModuleDetailRequest, DescribeModuleDetailResponse } from "../types.js";
/**
 * 展示模块详细信息
 *
 * 展示模块详细信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeModuleDetailErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeModuleDetail | API Explorer: call DescribeModuleDetail online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeModuleDetail({
 *   ModuleId: "em-eedttqfb",
 * });
 * console.log(res);
 */
export declare function describeModuleDetail(client: EcmBaseClient, input: DescribeModuleDetailRequest, options?: EcmCallOptions): Promise<DescribeModuleDetailResponse>;
