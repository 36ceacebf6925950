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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseIpv6Addresses | API Explorer: call ReleaseIpv6Addresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.releaseIpv6Addresses({
 *   NetworkInterfaceId: "eni-9c8zkfev",
 *   EcmRegion: "ap-xian-ecm",
 *   Ipv6Addresses: [
 *     {
 *       Address: "3402:4e00:20:1202:0:8d01:ee9c:3e22",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function releaseIpv6Addresses(client: EcmBaseClient, input: ReleaseIpv6AddressesRequest, options?: EcmCallOptions): Promise<ReleaseIpv6AddressesResponse>;
