import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisableSSLVpnClientCertRequest, DisableSSLVpnClientCertResponse } from "../types.js";
/**
 * 禁用 ssl vpn客户端证书
 *
 * DisableSSLVpnClientCert
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisableSSLVpnClientCertErrorCode}.
 */
export declare function disableSSLVpnClientCert(client: VpcBaseClient, input: DisableSSLVpnClientCertRequest, options?: VpcCallOptions): Promise<DisableSSLVpnClientCertResponse>;
