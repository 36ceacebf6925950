import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSecurityGroupLimitsRequest, DescribeSecurityGroupLimitsResponse } from "../types.js";
/**
 * 查询用户安全组配额
 *
 * 本接口(DescribeSecurityGroupLimits)用于查询用户安全组配额。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupLimitsErrorCode}.
 */
export declare function describeSecurityGroupLimits(client: VpcBaseClient, input?: DescribeSecurityGroupLimitsRequest, options?: VpcCallOptions): Promise<DescribeSecurityGroupLimitsResponse>;
