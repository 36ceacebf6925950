import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeListenersRequest, DescribeListenersResponse } from "../types.js";
/**
 * 查询负载均衡的监听器列表
 *
 * 查询负载均衡的监听器列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeListenersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeListeners | API Explorer: call DescribeListeners online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeListeners({
 *   LoadBalancerId: "lb-f9zyj3kb",
 * });
 * console.log(res);
 */
export declare function describeListeners(client: EcmBaseClient, input: DescribeListenersRequest, options?: EcmCallOptions): Promise<DescribeListenersResponse>;
