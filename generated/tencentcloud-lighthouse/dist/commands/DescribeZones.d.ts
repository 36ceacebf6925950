import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeZonesRequest, DescribeZonesResponse } from "../types.js";
/**
 * 查询可用区列表
 *
 * 查询地域下可用区
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeZones | API Explorer: call DescribeZones online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeZones({});
 * console.log(res);
 */
export declare function describeZones(client: LighthouseBaseClient, input?: DescribeZonesRequest, options?: LighthouseCallOptions): Promise<DescribeZonesResponse>;
