import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { EnableVpnGatewaySSLClientCertRequest, EnableVpnGatewaySSLClientCertResponse } from "../types.js";
/**
 * 启用ssl vpn客户端证书
 *
 * EnableVpnGatewaySSLClientCert
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableVpnGatewaySSLClientCertErrorCode}.
 */
export declare function enableVpnGatewaySSLClientCert(client: VpcBaseClient, input: EnableVpnGatewaySSLClientCertRequest, options?: VpcCallOptions): Promise<EnableVpnGatewaySSLClientCertResponse>;
