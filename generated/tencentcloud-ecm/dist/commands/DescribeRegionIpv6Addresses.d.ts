import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeRegionIpv6AddressesRequest, DescribeRegionIpv6AddressesResponse } from "../types.js";
/**
 * 查询地域下IPV6地址信息
 *
 * 该接口（DescribeRegionIpv6Addresses）用于查询ECM地域之下的IPV6地址信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRegionIpv6AddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeRegionIpv6Addresses | API Explorer: call DescribeRegionIpv6Addresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeRegionIpv6Addresses({
 *   EcmRegion: "ap-qingdao-ecm",
 * });
 * console.log(res);
 */
export declare function describeRegionIpv6Addresses(client: EcmBaseClient, input: DescribeRegionIpv6AddressesRequest, options?: EcmCallOptions): Promise<DescribeRegionIpv6AddressesResponse>;
