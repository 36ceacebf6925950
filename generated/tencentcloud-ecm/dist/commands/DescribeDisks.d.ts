import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeDisksRequest, DescribeDisksResponse } from "../types.js";
/**
 * 查询云硬盘列表
 *
 * 本接口（DescribeDisks）用于查询云硬盘列表。可以根据云硬盘ID、云硬盘类型或者云硬盘状态等信息来查询云硬盘的详细信息，不同条件之间为与(AND)的关系，过滤信息详细请见过滤器Filter。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的云硬盘列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeDisks | API Explorer: call DescribeDisks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeDisks({
 *   Filters: [
 *     {
 *       Name: "disk-usage",
 *       Values: ["DATA_DISK"],
 *     },
 *     {
 *       Name: "disk-state",
 *       Values: ["ATTACHED"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeDisks(client: EcmBaseClient, input?: DescribeDisksRequest, options?: EcmCallOptions): Promise<DescribeDisksResponse>;
