import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyFlowLogAttributeRequest, ModifyFlowLogAttributeResponse } from "../types.js";
/**
 * 修改流日志属性
 *
 * 本接口 (ModifyFlowLogAttribute) 用于修改流日志属性
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyFlowLogAttributeErrorCode}.
 */
export declare function modifyFlowLogAttribute(client: VpcBaseClient, input: ModifyFlowLogAttributeRequest, options?: VpcCallOptions): Promise<ModifyFlowLogAttributeResponse>;
