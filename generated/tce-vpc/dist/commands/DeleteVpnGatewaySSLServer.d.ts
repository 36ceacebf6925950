import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteVpnGatewaySSLServerRequest, DeleteVpnGatewaySSLServerResponse } from "../types.js";
/**
 * 删除 ssl_vpn服务端
 *
 * DeleteVpnGatewaySSLServer
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpnGatewaySSLServerErrorCode}.
 */
export declare function deleteVpnGatewaySSLServer(client: VpcBaseClient, input: DeleteVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<DeleteVpnGatewaySSLServerResponse>;
