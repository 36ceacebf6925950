import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeAllScenesRequest, DescribeAllScenesResponse } from "../types.js";
/**
 * 查询全地域使用场景列表
 *
 * 本接口(DescribeAllScenes)用于查询全地域使用场景列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAllScenesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeAllScenes | API Explorer: call DescribeAllScenes online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeAllScenes({
 *   Limit: 10,
 *   Offset: 0,
 * });
 * console.log(res);
 */
export declare function describeAllScenes(client: LighthouseBaseClient, input?: DescribeAllScenesRequest, options?: LighthouseCallOptions): Promise<DescribeAllScenesResponse>;
