import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSecurityGroupReferencesRequest, DescribeSecurityGroupReferencesResponse } from "../types.js";
/**
 * 查询安全组被引用信息
 *
 * 本接口 (DescribeSecurityGroupReferences) 用于查询安全组被引用信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupReferencesErrorCode}.
 */
export declare function describeSecurityGroupReferences(client: VpcBaseClient, input: DescribeSecurityGroupReferencesRequest, options?: VpcCallOptions): Promise<DescribeSecurityGroupReferencesResponse>;
