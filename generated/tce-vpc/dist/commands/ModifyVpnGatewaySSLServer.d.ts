import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpnGatewaySSLServerRequest, ModifyVpnGatewaySSLServerResponse } from "../types.js";
/**
 * 修改sslvpn服务端属性
 *
 * ModifyVpnGatewaySSLServer
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGatewaySSLServerErrorCode}.
 */
export declare function modifyVpnGatewaySSLServer(client: VpcBaseClient, input: ModifyVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<ModifyVpnGatewaySSLServerResponse>;
