import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ResetVpnGatewayInternetMaxBandwidthRequest, ResetVpnGatewayInternetMaxBandwidthResponse } from "../types.js";
/**
 * 调整VPN网关带宽上限
 *
 * 本接口 (ResetVpnGatewayInternetMaxBandwidth) 调整VPN网关带宽上限。目前支持升级配置, 如果是包年包月VPN网关需要在有效期内。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetVpnGatewayInternetMaxBandwidthErrorCode}.
 */
export declare function resetVpnGatewayInternetMaxBandwidth(client: VpcBaseClient, input: ResetVpnGatewayInternetMaxBandwidthRequest, options?: VpcCallOptions): Promise<ResetVpnGatewayInternetMaxBandwidthResponse>;
