import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteFlowLogRequest, DeleteFlowLogResponse } from "../types.js";
/**
 * 删除流日志
 *
 * 本接口 (DeleteFlowLog) 用于删除流日志
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteFlowLogErrorCode}.
 */
export declare function deleteFlowLog(client: VpcBaseClient, input: DeleteFlowLogRequest, options?: VpcCallOptions): Promise<DeleteFlowLogResponse>;
