import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateVpnGatewaySSLServerRequest, CreateVpnGatewaySSLServerResponse } from "../types.js";
/**
 * 创建sslvpn服务端
 *
 * 创建sslvpn服务
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpnGatewaySSLServerErrorCode}.
 */
export declare function createVpnGatewaySSLServer(client: VpcBaseClient, input: CreateVpnGatewaySSLServerRequest, options?: VpcCallOptions): Promise<CreateVpnGatewaySSLServerResponse>;
