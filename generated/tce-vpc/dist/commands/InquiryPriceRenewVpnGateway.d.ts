import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { InquiryPriceRenewVpnGatewayRequest, InquiryPriceRenewVpnGatewayResponse } from "../types.js";
/**
 * 续费VPN网关询价
 *
 * 本接口 (InquiryPriceRenewVpnGateway) 用于续费VPN网关询价。目前仅支持IPSEC类型网关的询价。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceRenewVpnGatewayErrorCode}.
 */
export declare function inquiryPriceRenewVpnGateway(client: VpcBaseClient, input: InquiryPriceRenewVpnGatewayRequest, options?: VpcCallOptions): Promise<InquiryPriceRenewVpnGatewayResponse>;
