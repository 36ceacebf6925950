import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeTargetsRequest, DescribeTargetsResponse } from "../types.js";
/**
 * 查询负载均衡绑定的后端服务列表
 *
 * 查询负载均衡绑定的后端服务列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTargetsErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function describeTargets(client: EcmBaseClient, input: DescribeTargetsRequest, options?: EcmCallOptions): Promise<DescribeTargetsResponse>;
