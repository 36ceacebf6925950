import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDisksReturnableRequest, DescribeDisksReturnableResponse } from "../types.js";
/**
 * 查看云硬盘是否可退还
 *
 * 本接口（DescribeDisksReturnable）用于查询云硬盘是否可退还。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisksReturnableErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisksReturnable | API Explorer: call DescribeDisksReturnable online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDisksReturnable({
 *   DiskIds: ["lhdisk-eobj8huv"],
 * });
 * console.log(res);
 */
export declare function describeDisksReturnable(client: LighthouseBaseClient, input?: DescribeDisksReturnableRequest, options?: LighthouseCallOptions): Promise<DescribeDisksReturnableResponse>;
