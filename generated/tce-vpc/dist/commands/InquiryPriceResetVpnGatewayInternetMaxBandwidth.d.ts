import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest, InquiryPriceResetVpnGatewayInternetMaxBandwidthResponse } from "../types.js";
/**
 * 调整VPN网关带宽上限询价
 *
 * 本接口 (InquiryPriceResetVpnGatewayInternetMaxBandwidth) 调整VPN网关带宽上限询价。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceResetVpnGatewayInternetMaxBandwidthErrorCode}.
 */
export declare function inquiryPriceResetVpnGatewayInternetMaxBandwidth(client: VpcBaseClient, input: InquiryPriceResetVpnGatewayInternetMaxBandwidthRequest, options?: VpcCallOptions): Promise<InquiryPriceResetVpnGatewayInternetMaxBandwidthResponse>;
