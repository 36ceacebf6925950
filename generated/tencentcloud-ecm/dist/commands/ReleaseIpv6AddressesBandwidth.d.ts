import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ReleaseIpv6AddressesBandwidthRequest, ReleaseIpv6AddressesBandwidthResponse } from "../types.js";
/**
 * 释放弹性公网IPv6地址带宽
 *
 * 该接口用于给弹性公网IPv6地址释放带宽。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReleaseIpv6AddressesBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ReleaseIpv6AddressesBandwidth | API Explorer: call ReleaseIpv6AddressesBandwidth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.releaseIpv6AddressesBandwidth({
 *   EcmRegion: "ap-xian-ecm",
 *   Ipv6Addresses: ["2402:4e00:1000:200:0:8d8a:60b7:87f8"],
 * });
 * console.log(res);
 */
export declare function releaseIpv6AddressesBandwidth(client: EcmBaseClient, input: ReleaseIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<ReleaseIpv6AddressesBandwidthResponse>;
