import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeIp6AddressesRequest, DescribeIp6AddressesResponse } from "../types.js";
/**
 * 查询IPV6地址信息
 *
 * 该接口用于查询IPV6地址信息
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeIp6AddressesErrorCode}.
 */
export declare function describeIp6Addresses(client: VpcBaseClient, input?: DescribeIp6AddressesRequest, options?: VpcCallOptions): Promise<DescribeIp6AddressesResponse>;
