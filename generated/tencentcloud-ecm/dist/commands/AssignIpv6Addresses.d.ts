import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssignIpv6AddressesRequest, AssignIpv6AddressesResponse } from "../types.js";
/**
 * 分配IPv6地址
 *
 * 本接口（AssignIpv6Addresses）用于弹性网卡申请IPv6地址。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignIpv6AddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignIpv6Addresses | API Explorer: call AssignIpv6Addresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.assignIpv6Addresses({
 *   EcmRegion: "ap-xian-ecm",
 *   NetworkInterfaceId: "eni-1snva0vd",
 *   Ipv6AddressCount: 1,
 *   SkipCheckIPv6Address: true,
 *   SkipAllocateBandwidth: true,
 * });
 * console.log(res);
 */
export declare function assignIpv6Addresses(client: EcmBaseClient, input: AssignIpv6AddressesRequest, options?: EcmCallOptions): Promise<AssignIpv6AddressesResponse>;
