import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { UnassignIpv6CidrBlockRequest, UnassignIpv6CidrBlockResponse } from "../types.js";
/**
 * 释放IPv6网段
 *
 * 本接口 (UnassignIpv6CidrBlock) 用于释放IPv6网段。
 * 网段如果还有IP占用且未回收, 则网段无法释放。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6CidrBlockErrorCode}.
 */
export declare function unassignIpv6CidrBlock(client: VpcBaseClient, input: UnassignIpv6CidrBlockRequest, options?: VpcCallOptions): Promise<UnassignIpv6CidrBlockResponse>;
