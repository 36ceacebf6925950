import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeVpcPrivateIpAddressesRequest, DescribeVpcPrivateIpAddressesResponse } from "../types.js";
/**
 * 查询VPC内网IP信息
 *
 * 本接口 (DescribeVpcPrivateIpAddresses) 用于查询VPC内网IP信息。
 * 只能查询已使用的IP信息, 当查询未使用的IP时, 本接口不会报错, 但不会出现在返回结果里。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcPrivateIpAddressesErrorCode}.
 */
export declare function describeVpcPrivateIpAddresses(client: VpcBaseClient, input: DescribeVpcPrivateIpAddressesRequest, options?: VpcCallOptions): Promise<DescribeVpcPrivateIpAddressesResponse>;
