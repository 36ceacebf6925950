import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReplaceDirectConnectGatewayCcnRoutesRequest, ReplaceDirectConnectGatewayCcnRoutesResponse } from "../types.js";
/**
 * 替换专线网关云联网路由
 *
 * 本接口 (ReplaceDirectConnectGatewayCcnRoutes) 根据路由ID (RouteId) 修改指定的路由 (Route), 支持批量修改。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceDirectConnectGatewayCcnRoutesErrorCode}.
 */
export declare function replaceDirectConnectGatewayCcnRoutes(client: VpcBaseClient, input: ReplaceDirectConnectGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<ReplaceDirectConnectGatewayCcnRoutesResponse>;
