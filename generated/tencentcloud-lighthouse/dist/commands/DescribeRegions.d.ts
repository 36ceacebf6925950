import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeRegionsRequest, DescribeRegionsResponse } from "../types.js";
/**
 * 查询地域列表
 *
 * 本接口（DescribeRegions）用于查询地域信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeRegions | API Explorer: call DescribeRegions online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeRegions({});
 * console.log(res);
 */
export declare function describeRegions(client: LighthouseBaseClient, input?: DescribeRegionsRequest, options?: LighthouseCallOptions): Promise<DescribeRegionsResponse>;
