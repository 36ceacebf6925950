import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDisksRequest, DescribeDisksResponse } from "../types.js";
/**
 * 查询云硬盘
 *
 * 本接口（DescribeDisks）用于查询云硬盘信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisks | API Explorer: call DescribeDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDisks({
 *   DiskIds: ["lhdisk-p1zflrif"],
 * });
 * console.log(res);
 */
export declare function describeDisks(client: LighthouseBaseClient, input?: DescribeDisksRequest, options?: LighthouseCallOptions): Promise<DescribeDisksResponse>;
