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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function describeSecurityGroups(client: EcmBaseClient, input?: DescribeSecurityGroupsRequest, options?: EcmCallOptions): Promise<DescribeSecurityGroupsResponse>;
