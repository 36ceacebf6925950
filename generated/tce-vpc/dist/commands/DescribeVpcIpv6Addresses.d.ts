import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcIpv6AddressesRequest, DescribeVpcIpv6AddressesResponse } from "../types.js";
/**
 * 查询VPC内IPv6列表
 *
 * 本接口 (DescribeVpcIpv6Addresses) 用于查询 VPC IPv6 信息。只能查询已使用的 IPv6 信息, 当查询未使用的IP时, 本接口不会报错, 但不会出现在返回结果里。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcIpv6AddressesErrorCode}.
 */
export declare function describeVpcIpv6Addresses(client: VpcBaseClient, input: DescribeVpcIpv6AddressesRequest, options?: VpcCallOptions): Promise<DescribeVpcIpv6AddressesResponse>;
