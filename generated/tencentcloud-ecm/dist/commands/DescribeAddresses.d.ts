import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeAddressesRequest, DescribeAddressesResponse } from "../types.js";
/**
 * 查询弹性公网IP列表
 *
 * 查询弹性公网IP列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeAddresses | API Explorer: call DescribeAddresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeAddresses({
 *   AddressIds: ["eip-11221122"],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function describeAddresses(client: EcmBaseClient, input: DescribeAddressesRequest, options?: EcmCallOptions): Promise<DescribeAddressesResponse>;
