import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AllocateIpv6AddressesBandwidthRequest, AllocateIpv6AddressesBandwidthResponse } from "../types.js";
/**
 * IPv6地址分配公网带宽
 *
 * 本接口用于给IPv6地址分配公网带宽
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AllocateIpv6AddressesBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AllocateIpv6AddressesBandwidth | API Explorer: call AllocateIpv6AddressesBandwidth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.allocateIpv6AddressesBandwidth({
 *   EcmRegion: "ap-xian-ecm",
 *   Ipv6Addresses: ["2402:4e00:1000:200:0:8d8a:60b7:87f8"],
 * });
 * console.log(res);
 */
export declare function allocateIpv6AddressesBandwidth(client: EcmBaseClient, input: AllocateIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<AllocateIpv6AddressesBandwidthResponse>;
