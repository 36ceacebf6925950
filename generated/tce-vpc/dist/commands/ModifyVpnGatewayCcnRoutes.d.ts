import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpnGatewayCcnRoutesRequest, ModifyVpnGatewayCcnRoutesResponse } from "../types.js";
/**
 * 修改VPN网关云联网路由
 *
 * 本接口 (ModifyVpnGatewayCcnRoutes) 用于修改VPN网关云联网络路由
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewayCcnRoutesErrorCode}.
 */
export declare function modifyVpnGatewayCcnRoutes(client: VpcBaseClient, input: ModifyVpnGatewayCcnRoutesRequest, options?: VpcCallOptions): Promise<ModifyVpnGatewayCcnRoutesResponse>;
