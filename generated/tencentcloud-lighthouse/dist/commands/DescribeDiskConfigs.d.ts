import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDiskConfigsRequest, DescribeDiskConfigsResponse } from "../types.js";
/**
 * 查看云硬盘配置
 *
 * 本接口（DescribeDiskConfigs）用于查询云硬盘配置。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDiskConfigsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskConfigs | API Explorer: call DescribeDiskConfigs online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDiskConfigs({
 *   Filters: [
 *     {
 *       Name: "zone",
 *       Values: ["ap-guangzhou-2"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeDiskConfigs(client: LighthouseBaseClient, input?: DescribeDiskConfigsRequest, options?: LighthouseCallOptions): Promise<DescribeDiskConfigsResponse>;
