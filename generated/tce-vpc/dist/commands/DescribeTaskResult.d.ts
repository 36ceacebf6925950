import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeTaskResultRequest, DescribeTaskResultResponse } from "../types.js";
/**
 * 查询异步任务执行结果
 *
 * 查询EIP异步任务执行结果
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTaskResultErrorCode}.
 */
export declare function describeTaskResult(client: VpcBaseClient, input?: DescribeTaskResultRequest, options?: VpcCallOptions): Promise<DescribeTaskResultResponse>;
