import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse } from "../types.js";
/**
 * 查看安全组
 *
 * 查看安全组
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroups | API Explorer: call DescribeSecurityGroups online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSecurityGroups({
 *   Limit: 1,
 *   Filters: [
 *     {
 *       Name: "security-group-id",
 *       Values: ["esg-05bb4upy"],
 *     },
 *     {
 *       Name: "security-group-name",
 *       Values: ["TestGroup"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeSecurityGroups(client: EcmBaseClient, input?: DescribeSecurityGroupsRequest, options?: EcmCallOptions): Promise<DescribeSecurityGroupsResponse>;
