import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateVpnGatewayRequest, CreateVpnGatewayResponse } from "../types.js";
/**
 * 创建VPN网关
 *
 * 本接口 (CreateVpnGateway) 用于创建VPN网关。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpnGatewayErrorCode}.
 */
export declare function createVpnGateway(client: VpcBaseClient, input: CreateVpnGatewayRequest, options?: VpcCallOptions): Promise<CreateVpnGatewayResponse>;
