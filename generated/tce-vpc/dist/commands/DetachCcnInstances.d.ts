import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DetachCcnInstancesRequest, DetachCcnInstancesResponse } from "../types.js";
/**
 * 云联网解关联实例
 *
 * 本接口 (DetachCcnInstances) 用于从云联网实例中解关联指定的网络实例。
 * 解关联网络实例后，相应的路由策略会一并删除。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachCcnInstancesErrorCode}.
 */
export declare function detachCcnInstances(client: VpcBaseClient, input: DetachCcnInstancesRequest, options?: VpcCallOptions): Promise<DetachCcnInstancesResponse>;
