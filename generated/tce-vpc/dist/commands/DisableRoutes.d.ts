import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisableRoutesRequest, DisableRoutesResponse } from "../types.js";
/**
 * 禁用子网路由
 *
 * 本接口 (DisableRoutes) 用于禁用已启用的子网路由
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisableRoutesErrorCode}.
 */
export declare function disableRoutes(client: VpcBaseClient, input: DisableRoutesRequest, options?: VpcCallOptions): Promise<DisableRoutesResponse>;
