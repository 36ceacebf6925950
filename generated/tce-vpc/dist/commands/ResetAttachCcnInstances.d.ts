import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ResetAttachCcnInstancesRequest, ResetAttachCcnInstancesResponse } from "../types.js";
/**
 * 重新申请关联实例
 *
 * 本接口 (ResetAttachCcnInstances) 用于跨账号关联实例申请过期时, 重新申请关联操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetAttachCcnInstancesErrorCode}.
 */
export declare function resetAttachCcnInstances(client: VpcBaseClient, input: ResetAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<ResetAttachCcnInstancesResponse>;
