import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSecurityGroupLimitsRequest, DescribeSecurityGroupLimitsResponse } from "../types.js";
/**
 * 查询用户安全组配额
 *
 * 查询用户安全组配额
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupLimitsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupLimits | API Explorer: call DescribeSecurityGroupLimits online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSecurityGroupLimits({});
 * console.log(res);
 */
export declare function describeSecurityGroupLimits(client: EcmBaseClient, input?: DescribeSecurityGroupLimitsRequest, options?: EcmCallOptions): Promise<DescribeSecurityGroupLimitsResponse>;
