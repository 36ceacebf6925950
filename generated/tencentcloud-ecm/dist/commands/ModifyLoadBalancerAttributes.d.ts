import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyLoadBalancerAttributesRequest, ModifyLoadBalancerAttributesResponse } from "../types.js";
/**
 * 修改负载均衡实例的属性
 *
 * 修改负载均衡实例的属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyLoadBalancerAttributesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyLoadBalancerAttributes | API Explorer: call ModifyLoadBalancerAttributes online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyLoadBalancerAttributes({
 *   LoadBalancerId: "lb-6efswuxa",
 *   LoadBalancerName: "newlbname",
 * });
 * console.log(res);
 */
export declare function modifyLoadBalancerAttributes(client: EcmBaseClient, input: ModifyLoadBalancerAttributesRequest, options?: EcmCallOptions): Promise<ModifyLoadBalancerAttributesResponse>;
