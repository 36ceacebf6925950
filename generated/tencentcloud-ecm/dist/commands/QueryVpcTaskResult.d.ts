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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function queryVpcTaskResult(client: EcmBaseClient, input: QueryVpcTaskResultRequest, options?: EcmCallOptions): Promise<QueryVpcTaskResultResponse>;
