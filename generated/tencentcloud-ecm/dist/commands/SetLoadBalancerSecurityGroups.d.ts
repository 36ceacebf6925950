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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function setLoadBalancerSecurityGroups(client: EcmBaseClient, input: SetLoadBalancerSecurityGroupsRequest, options?: EcmCallOptions): Promise<SetLoadBalancerSecurityGroupsResponse>;
