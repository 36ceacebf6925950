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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function modifyIpv6AddressesBandwidth(client: EcmBaseClient, input: ModifyIpv6AddressesBandwidthRequest, options?: EcmCallOptions): Promise<ModifyIpv6AddressesBandwidthResponse>;
