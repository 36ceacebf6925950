import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeScenesRequest, DescribeScenesResponse } from "../types.js";
/**
 * 查看使用场景列表
 *
 * 本接口(DescribeScenes)用于查看使用场景列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeScenesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeScenes | API Explorer: call DescribeScenes online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeScenes({
 *   Limit: 10,
 *   Offset: 0,
 * });
 * console.log(res);
 */
export declare function describeScenes(client: LighthouseBaseClient, input?: DescribeScenesRequest, options?: LighthouseCallOptions): Promise<DescribeScenesResponse>;
