import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReleaseIp6AddressesBandwidthRequest, ReleaseIp6AddressesBandwidthResponse } from "../types.js";
/**
 * 释放弹性公网IPv6地址带宽
 *
 * 该接口用于给弹性公网IPv6地址释放带宽。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReleaseIp6AddressesBandwidthErrorCode}.
 */
export declare function releaseIp6AddressesBandwidth(client: VpcBaseClient, input?: ReleaseIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<ReleaseIp6AddressesBandwidthResponse>;
