import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse } from "../types.js";
/**
 * 查询弹性网卡列表
 *
 * 查询弹性网卡列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeNetworkInterfaces | API Explorer: call DescribeNetworkInterfaces online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeNetworkInterfaces({});
 * console.log(res);
 */
export declare function describeNetworkInterfaces(client: EcmBaseClient, input?: DescribeNetworkInterfacesRequest, options?: EcmCallOptions): Promise<DescribeNetworkInterfacesResponse>;
