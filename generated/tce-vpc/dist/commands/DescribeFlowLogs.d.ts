import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeFlowLogsRequest, DescribeFlowLogsResponse } from "../types.js";
/**
 * 查询流日志集合
 *
 * 本接口 (DescribeFlowLogs) 用于查询获取流日志集合
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFlowLogsErrorCode}.
 */
export declare function describeFlowLogs(client: VpcBaseClient, input?: DescribeFlowLogsRequest, options?: VpcCallOptions): Promise<DescribeFlowLogsResponse>;
