import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { SetLoadBalancerSecurityGroupsRequest, SetLoadBalancerSecurityGroupsResponse } from "../types.js";
/**
 * 设置负载均衡实例的安全组
 *
 * 设置负载均衡实例的安全组。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link SetLoadBalancerSecurityGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=SetLoadBalancerSecurityGroups | API Explorer: call SetLoadBalancerSecurityGroups online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.setLoadBalancerSecurityGroups({
 *   LoadBalancerId: "lb-mov2697v",
 *   SecurityGroups: ["esg-0t3h9lmk"],
 * });
 * console.log(res);
 */
export declare function setLoadBalancerSecurityGroups(client: EcmBaseClient, input: SetLoadBalancerSecurityGroupsRequest, options?: EcmCallOptions): Promise<SetLoadBalancerSecurityGroupsResponse>;
