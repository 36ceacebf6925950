import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AcceptAttachCcnInstancesRequest, AcceptAttachCcnInstancesResponse } from "../types.js";
/**
 * 云联网接受关联实例
 *
 * 本接口 (AcceptAttachCcnInstances) 用于跨账号关联实例时，云联网所有者接受并同意关联操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AcceptAttachCcnInstancesErrorCode}.
 */
export declare function acceptAttachCcnInstances(client: VpcBaseClient, input: AcceptAttachCcnInstancesRequest, options?: VpcCallOptions): Promise<AcceptAttachCcnInstancesResponse>;
