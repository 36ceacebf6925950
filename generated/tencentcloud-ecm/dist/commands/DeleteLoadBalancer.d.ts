import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteLoadBalancerRequest, DeleteLoadBalancerResponse } from "../types.js";
/**
 * 删除负载均衡实例
 *
 * 删除负载均衡实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteLoadBalancerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteLoadBalancer | API Explorer: call DeleteLoadBalancer online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteLoadBalancer({
 *   LoadBalancerIds: ["lb-f9zyj3kb"],
 * });
 * console.log(res);
 */
export declare function deleteLoadBalancer(client: EcmBaseClient, input?: DeleteLoadBalancerRequest, options?: EcmCallOptions): Promise<DeleteLoadBalancerResponse>;
