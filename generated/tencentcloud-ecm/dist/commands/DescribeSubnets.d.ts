import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSubnetsRequest, DescribeSubnetsResponse } from "../types.js";
/**
 * 查询子网列表
 *
 * 查询子网列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSubnets | API Explorer: call DescribeSubnets online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSubnets({
 *   Filters: [
 *     {
 *       Name: "subnet-id",
 *       Values: ["subnet-ae71tjp6"],
 *     },
 *   ],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function describeSubnets(client: EcmBaseClient, input?: DescribeSubnetsRequest, options?: EcmCallOptions): Promise<DescribeSubnetsResponse>;
