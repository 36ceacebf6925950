import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeTaskStatusRequest, DescribeTaskStatusResponse } from "../types.js";
/**
 * 获取任务状态
 *
 * 本接口(DescribeTaskStatus)用于获取异步任务状态
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTaskStatusErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTaskStatus | API Explorer: call DescribeTaskStatus online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeTaskStatus({
 *   TaskSet: [
 *     {
 *       Operation: "CreateImage",
 *       TaskId: "1528600",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeTaskStatus(client: EcmBaseClient, input: DescribeTaskStatusRequest, options?: EcmCallOptions): Promise<DescribeTaskStatusResponse>;
