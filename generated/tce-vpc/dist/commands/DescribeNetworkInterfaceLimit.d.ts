import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNetworkInterfaceLimitRequest, DescribeNetworkInterfaceLimitResponse } from "../types.js";
/**
 * 查询弹性网卡配额
 *
 * 本接口 (DescribeNetworkInterfaceLimit) 根据CVM实例ID或弹性网卡ID查询弹性网卡配额, 返回该CVM实例或弹性网卡能绑定的弹性网卡配额, 以及弹性网卡可以分配的IP配额
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfaceLimitErrorCode}.
 */
export declare function describeNetworkInterfaceLimit(client: VpcBaseClient, input: DescribeNetworkInterfaceLimitRequest, options?: VpcCallOptions): Promise<DescribeNetworkInterfaceLimitResponse>;
