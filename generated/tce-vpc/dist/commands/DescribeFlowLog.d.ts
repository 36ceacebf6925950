import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeFlowLogRequest, DescribeFlowLogResponse } from "../types.js";
/**
 * 查询流日志实例信息
 *
 * 本接口 (DescribeFlowLog) 用于查询流日志实例信息
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFlowLogErrorCode}.
 */
export declare function describeFlowLog(client: VpcBaseClient, input: DescribeFlowLogRequest, options?: VpcCallOptions): Promise<DescribeFlowLogResponse>;
