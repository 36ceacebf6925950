import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReplaceRoutesRequest, ReplaceRoutesResponse } from "../types.js";
/**
 * 替换路由策略
 *
 * 本接口 (ReplaceRoutes) 根据路由策略ID (RouteId) 修改指定的路由策略 (Route)，支持批量修改。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceRoutesErrorCode}.
 */
export declare function replaceRoutes(client: VpcBaseClient, input: ReplaceRoutesRequest, options?: VpcCallOptions): Promise<ReplaceRoutesResponse>;
