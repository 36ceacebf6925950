import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeTargetHealthRequest, DescribeTargetHealthResponse } from "../types.js";
/**
 * 获取负载均衡后端服务的健康检查状态
 *
 * 获取负载均衡后端服务的健康检查状态。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTargetHealthErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTargetHealth | API Explorer: call DescribeTargetHealth online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeTargetHealth({
 *   LoadBalancerIds: ["lb-f9zyj3kb"],
 * });
 * console.log(res);
 */
export declare function describeTargetHealth(client: EcmBaseClient, input: DescribeTargetHealthRequest, options?: EcmCallOptions): Promise<DescribeTargetHealthResponse>;
