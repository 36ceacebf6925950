import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { RejectAttachCcnInstancesRequest, RejectAttachCcnInstancesResponse } from "../types.js";
/**
 * 云联网拒绝关联实例
 *
 * 本接口 (RejectAttachCcnInstances) 用于跨账号关联实例时, 云联网所有者拒绝关联操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RejectAttachCcnInstancesErrorCode}.
 */
export declare function rejectAttachCcnInstances(client: VpcBaseClient, input: RejectAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<RejectAttachCcnInstancesResponse>;
