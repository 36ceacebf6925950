import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeLoadBalanceTaskStatusRequest, DescribeLoadBalanceTaskStatusResponse } from "../types.js";
/**
 * 查询负载均衡相关的任务状态
 *
 * 查询负载均衡相关的任务状态
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeLoadBalanceTaskStatusErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeLoadBalanceTaskStatus | API Explorer: call DescribeLoadBalanceTaskStatus online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeLoadBalanceTaskStatus({
 *   TaskId: "a4b58173-34c0-4940-9759-28e06257f3dc",
 * });
 * console.log(res);
 */
export declare function describeLoadBalanceTaskStatus(client: EcmBaseClient, input: DescribeLoadBalanceTaskStatusRequest, options?: EcmCallOptions): Promise<DescribeLoadBalanceTaskStatusResponse>;
