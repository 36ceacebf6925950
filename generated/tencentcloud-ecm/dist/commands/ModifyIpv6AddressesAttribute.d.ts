import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyIpv6AddressesAttributeRequest, ModifyIpv6AddressesAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡IPv6地址属性
 *
 * 本接口（ModifyIpv6AddressesAttribute）用于修改弹性网卡IPv6地址属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyIpv6AddressesAttribute | API Explorer: call ModifyIpv6AddressesAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyIpv6AddressesAttribute({
 *   EcmRegion: "ap-guangzhou-ecm-cu2",
 *   NetworkInterfaceId: "eni-9c8zkfev",
 *   Ipv6Addresses: [
 *     {
 *       Address: "3402:4e00:20:1202::7",
 *       Description: "demo",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifyIpv6AddressesAttribute(client: EcmBaseClient, input: ModifyIpv6AddressesAttributeRequest, options?: EcmCallOptions): Promise<ModifyIpv6AddressesAttributeResponse>;
