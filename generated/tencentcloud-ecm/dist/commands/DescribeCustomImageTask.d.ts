import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeCustomImageTaskRequest, DescribeCustomImageTaskResponse } from "../types.js";
/**
 * 查询导入镜像任务
 *
 * 查询导入镜像任务
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCustomImageTaskErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeCustomImageTask | API Explorer: call DescribeCustomImageTask online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeCustomImageTask({
 *   Filters: [
 *     {
 *       Name: "task-id",
 *       Values: ["21"],
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeCustomImageTask(client: EcmBaseClient, input: DescribeCustomImageTaskRequest, options?: EcmCallOptions): Promise<DescribeCustomImageTaskResponse>;
