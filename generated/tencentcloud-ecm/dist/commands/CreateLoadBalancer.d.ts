import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateLoadBalancerRequest, CreateLoadBalancerResponse } from "../types.js";
/**
 * 购买负载均衡实例
 *
 * 购买负载均衡实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLoadBalancerErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function createLoadBalancer(client: EcmBaseClient, input: CreateLoadBalancerRequest, options?: EcmCallOptions): Promise<CreateLoadBalancerResponse>;
