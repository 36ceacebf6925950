import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { QueryVpcTaskResultRequest, QueryVpcTaskResultResponse } from "../types.js";
/**
 * 查询Vpc异步任务请求结果
 *
 * 查询私有网络下Vpc、子网、havip等异步任务请求结果
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link QueryVpcTaskResultErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=QueryVpcTaskResult | API Explorer: call QueryVpcTaskResult online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.queryVpcTaskResult({
 *   TaskId: "92126c28-17f4-4c93-b295-fed5d759f2f9",
 * });
 * console.log(res);
 */
export declare function queryVpcTaskResult(client: EcmBaseClient, input: QueryVpcTaskResultRequest, options?: EcmCallOptions): Promise<QueryVpcTaskResultResponse>;
