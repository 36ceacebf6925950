import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisableCcnRoutesRequest, DisableCcnRoutesResponse } from "../types.js";
/**
 * 禁用云联网路由
 *
 * 本接口 (DisableCcnRoutes) 用于禁用已经启用的云联网 (CCN) 路由
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisableCcnRoutesErrorCode}.
 */
export declare function disableCcnRoutes(client: VpcBaseClient, input: DisableCcnRoutesRequest, options?: VpcCallOptions): Promise<DisableCcnRoutesResponse>;
