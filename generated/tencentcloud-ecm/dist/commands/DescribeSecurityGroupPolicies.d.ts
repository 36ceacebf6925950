import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSecurityGroupPoliciesRequest, DescribeSecurityGroupPoliciesResponse } from "../types.js";
/**
 * 查询安全组规则
 *
 * 查询安全组规则
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPoliciesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupPolicies | API Explorer: call DescribeSecurityGroupPolicies online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSecurityGroupPolicies({
 *   SecurityGroupId: "esg-ohuuioma",
 * });
 * console.log(res);
 */
export declare function describeSecurityGroupPolicies(client: EcmBaseClient, input: DescribeSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<DescribeSecurityGroupPoliciesResponse>;
