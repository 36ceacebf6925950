import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssignIpv6AddressesRequest, AssignIpv6AddressesResponse } from "../types.js";
/**
 * 分配IPv6地址
 *
 * 本接口 (AssignIpv6Addresses) 用于弹性网卡申请 IPv6 地址。
 * 本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口。
 * - 一个弹性网卡支持绑定的IP地址是有限制的，更多资源限制信息详见弹性网卡使用限制。
 * - 可以指定 IPv6 地址申请，地址类型不能为主 IP，IPv6 地址暂时只支持作为辅助 IP。
 * - 地址必须要在弹性网卡所在子网内，而且不能被占用。
 * - 在弹性网卡上申请一个或多个辅助 IPv6 地址，接口会在弹性网卡所在子网段内返回指定数量的辅助 IPv6 地址。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6AddressesErrorCode}.
 */
export declare function assignIpv6Addresses(client: VpcBaseClient, input: AssignIpv6AddressesRequest, options?: VpcCallOptions): Promise<AssignIpv6AddressesResponse>;
