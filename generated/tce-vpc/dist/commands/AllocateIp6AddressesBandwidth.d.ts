import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AllocateIp6AddressesBandwidthRequest, AllocateIp6AddressesBandwidthResponse } from "../types.js";
/**
 * IPv6地址分配公网带宽
 *
 * 该接口用于给IPv6地址初次分配公网带宽
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateIp6AddressesBandwidthErrorCode}.
 */
export declare function allocateIp6AddressesBandwidth(client: VpcBaseClient, input: AllocateIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<AllocateIp6AddressesBandwidthResponse>;
