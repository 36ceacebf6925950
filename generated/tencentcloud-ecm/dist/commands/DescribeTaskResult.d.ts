import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeTaskResultRequest, DescribeTaskResultResponse } from "../types.js";
/**
 * 查询异步任务执行结果
 *
 * 查询EIP异步任务执行结果
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTaskResultErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeTaskResult | API Explorer: call DescribeTaskResult online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeTaskResult({
 *   TaskId: "1528600",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function describeTaskResult(client: EcmBaseClient, input: DescribeTaskResultRequest, options?: EcmCallOptions): Promise<DescribeTaskResultResponse>;
