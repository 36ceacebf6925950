import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DownloadVpnGatewaySSLClientCertRequest, DownloadVpnGatewaySSLClientCertResponse } from "../types.js";
/**
 * 下载 ssl vpn客户端证书
 *
 * DownloadVpnGatewaySSLClientCert
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DownloadVpnGatewaySSLClientCertErrorCode}.
 */
export declare function downloadVpnGatewaySSLClientCert(client: VpcBaseClient, input: DownloadVpnGatewaySSLClientCertRequest, options?: VpcCallOptions): Promise<DownloadVpnGatewaySSLClientCertResponse>;
