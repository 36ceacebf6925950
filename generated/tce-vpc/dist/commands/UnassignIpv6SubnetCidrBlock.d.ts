import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { UnassignIpv6SubnetCidrBlockRequest, UnassignIpv6SubnetCidrBlockResponse } from "../types.js";
/**
 * 释放IPv6子网段
 *
 * 本接口 (UnassignIpv6SubnetCidrBlock) 用于释放IPv6子网段。
 * 子网段如果还有IP占用且未回收, 则子网段无法释放。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link UnassignIpv6SubnetCidrBlockErrorCode}.
 */
export declare function unassignIpv6SubnetCidrBlock(client: VpcBaseClient, input: UnassignIpv6SubnetCidrBlockRequest, options?: VpcCallOptions): Promise<UnassignIpv6SubnetCidrBlockResponse>;
