import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateNetDetectRequest, CreateNetDetectResponse } from "../types.js";
/**
 * 创建网络探测
 *
 * 本接口(CreateNetDetect)用于创建网络探测。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetDetectErrorCode}.
 */
export declare function createNetDetect(client: VpcBaseClient, input: CreateNetDetectRequest, options?: VpcCallOptions): Promise<CreateNetDetectResponse>;
