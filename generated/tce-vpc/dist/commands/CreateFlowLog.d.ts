import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateFlowLogRequest, CreateFlowLogResponse } from "../types.js";
/**
 * 创建流日志
 *
 * 本接口 (CreateFlowLog) 用于创建流日志
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateFlowLogErrorCode}.
 */
export declare function createFlowLog(client: VpcBaseClient, input: CreateFlowLogRequest, options?: VpcCallOptions): Promise<CreateFlowLogResponse>;
