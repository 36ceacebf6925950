import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteNetDetectRequest, DeleteNetDetectResponse } from "../types.js";
/**
 * 删除网络探测
 *
 * 本接口>DeleteNetDetect)用于删除网络探测实例。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetDetectErrorCode}.
 */
export declare function deleteNetDetect(client: VpcBaseClient, input: DeleteNetDetectRequest, options?: VpcCallOptions): Promise<DeleteNetDetectResponse>;
