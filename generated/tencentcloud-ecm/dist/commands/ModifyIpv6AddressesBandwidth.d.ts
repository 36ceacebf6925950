import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyIpv6AddressesBandwidthRequest, ModifyIpv6AddressesBandwidthResponse } from "../types.js";
/**
 * 修改IPV6访问internet的带宽
 *
 * 该接口(ModifyIpv6AddressesBandwidth)用于修改IPV6地址访问internet的带宽
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesBandwidthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyIpv6AddressesBandwidth | API Explorer: call ModifyIpv6AddressesBandwidth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyIpv6AddressesBandwidth({
 *   EcmRegion: "ap-guangzhou-ecm-cu2",
 *   Ipv6Addresses: [
 *     {
 *       Address: "2402:4e00:1000:200:0:8d8a:60b7:87f8",
 *     },
 *   ],
 *   InternetMaxBandwidthOut: 50,
 * });
 * console.log(res);
 */
export declare function modifyIpv6AddressesBandwidth(client: EcmBaseClient, input: ModifyIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<ModifyIpv6AddressesBandwidthResponse>;
