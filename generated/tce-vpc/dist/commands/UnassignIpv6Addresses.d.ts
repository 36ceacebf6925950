import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { UnassignIpv6AddressesRequest, UnassignIpv6AddressesResponse } from "../types.js";
/**
 * 释放IPv6地址
 *
 * 本接口 (UnassignIpv6Addresses) 用于释放弹性网卡 IPv6 地址。
 * 本接口是异步完成, 如需查询异步任务执行结果, 请使用本接口返回的 RequestId 轮询 QueryTask 接口。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6AddressesErrorCode}.
 */
export declare function unassignIpv6Addresses(client: VpcBaseClient, input: UnassignIpv6AddressesRequest, options?: VpcCallOptions): Promise<UnassignIpv6AddressesResponse>;
