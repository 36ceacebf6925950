import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeGeneralResourceQuotasRequest, DescribeGeneralResourceQuotasResponse } from "../types.js";
/**
 * 查询通用资源配额信息
 *
 * 本接口（DescribeGeneralResourceQuotas）用于查询通用资源配额信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeGeneralResourceQuotasErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeGeneralResourceQuotas | API Explorer: call DescribeGeneralResourceQuotas online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeGeneralResourceQuotas({
 *   ResourceNames: ["GENERAL_BUNDLE_INSTANCE"],
 * });
 * console.log(res);
 */
export declare function describeGeneralResourceQuotas(client: LighthouseBaseClient, input: DescribeGeneralResourceQuotasRequest, options?: LighthouseCallOptions): Promise<DescribeGeneralResourceQuotasResponse>;
