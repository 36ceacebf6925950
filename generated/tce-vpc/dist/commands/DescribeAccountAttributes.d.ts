import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAccountAttributesRequest, DescribeAccountAttributesResponse } from "../types.js";
/**
 * 查询账户属性
 *
 * 本接口 (DescribeAccountAttributes) 用于查询用户账号私有属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAccountAttributesErrorCode}.
 */
export declare function describeAccountAttributes(client: VpcBaseClient, input?: DescribeAccountAttributesRequest, options?: VpcCallOptions): Promise<DescribeAccountAttributesResponse>;
