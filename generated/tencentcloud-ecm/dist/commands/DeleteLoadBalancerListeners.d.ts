import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteLoadBalancerListenersRequest, DeleteLoadBalancerListenersResponse } from "../types.js";
/**
 * 删除负载均衡多个监听器
 *
 * 删除负载均衡多个监听器
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLoadBalancerListenersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteLoadBalancerListeners | API Explorer: call DeleteLoadBalancerListeners online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteLoadBalancerListeners({
 *   LoadBalancerId: "lb-db2nt5l2",
 * });
 * console.log(res);
 */
export declare function deleteLoadBalancerListeners(client: EcmBaseClient, input: DeleteLoadBalancerListenersRequest, options?: EcmCallOptions): Promise<DeleteLoadBalancerListenersResponse>;
