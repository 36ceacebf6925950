import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { RenewVpnGatewayRequest, RenewVpnGatewayResponse } from "../types.js";
/**
 * 续费VPN网关
 *
 * 本接口 (RenewVpnGateway) 用于预付费 (包年包月) VPN网关续费。目前只支持IPSEC网关。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewVpnGatewayErrorCode}.
 */
export declare function renewVpnGateway(client: VpcBaseClient, input: RenewVpnGatewayRequest, options?: VpcCallOptions): Promise<RenewVpnGatewayResponse>;
