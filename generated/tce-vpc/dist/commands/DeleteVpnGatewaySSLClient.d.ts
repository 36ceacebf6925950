import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpnGatewaySSLClientRequest, DeleteVpnGatewaySSLClientResponse } from "../types.js";
/**
 * 删除 ssl_vpn 客户端
 *
 * DeleteVpnGatewaySSLClient
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewaySSLClientErrorCode}.
 */
export declare function deleteVpnGatewaySSLClient(client: VpcBaseClient, input: DeleteVpnGatewaySSLClientRequest, options?: VpcCallOptions): Promise<DeleteVpnGatewaySSLClientResponse>;
