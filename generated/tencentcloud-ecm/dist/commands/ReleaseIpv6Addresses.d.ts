import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReleaseIpv6AddressesRequest, ReleaseIpv6AddressesResponse } from "../types.js";
/**
 * 释放IPv6地址
 *
 * 本接口（UnassignIpv6Addresses）用于释放弹性网卡IPv6地址。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReleaseIpv6AddressesErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function releaseIpv6Addresses(client: EcmBaseClient, input: ReleaseIpv6AddressesRequest, options?: EcmCallOptions): Promise<ReleaseIpv6AddressesResponse>;
