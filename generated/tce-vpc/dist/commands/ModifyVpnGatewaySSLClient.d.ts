import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpnGatewaySSLClientRequest, ModifyVpnGatewaySSLClientResponse } from "../types.js";
/**
 * 修改 ssl vpn客户端属性
 *
 * ModifyVpnGatewaySSLClient
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewaySSLClientErrorCode}.
 */
export declare function modifyVpnGatewaySSLClient(client: VpcBaseClient, input: ModifyVpnGatewaySSLClientRequest, options?: VpcCallOptions): Promise<ModifyVpnGatewaySSLClientResponse>;
