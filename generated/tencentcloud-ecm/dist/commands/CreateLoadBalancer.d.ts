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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateLoadBalancer | API Explorer: call CreateLoadBalancer online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createLoadBalancer({
 *   VipIsp: "CUCC",
 *   VpcId: "vpc-12345678",
 *   InternetAccessible: {
 *     InternetMaxBandwidthOut: 2000,
 *   },
 *   LoadBalancerType: "OPEN",
 *   LoadBalancerName: "testname",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function createLoadBalancer(client: EcmBaseClient, input: CreateLoadBalancerRequest, options?: EcmCallOptions): Promise<CreateLoadBalancerResponse>;
