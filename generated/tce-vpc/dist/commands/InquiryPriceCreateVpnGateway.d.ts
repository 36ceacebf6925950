import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { InquiryPriceCreateVpnGatewayRequest, InquiryPriceCreateVpnGatewayResponse } from "../types.js";
/**
 * 创建VPN网关询价
 *
 * 本接口 (InquiryPriceCreateVpnGateway) 用于创建VPN网关询价。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryPriceCreateVpnGatewayErrorCode}.
 */
export declare function inquiryPriceCreateVpnGateway(client: VpcBaseClient, input: InquiryPriceCreateVpnGatewayRequest, options?: VpcCallOptions): Promise<InquiryPriceCreateVpnGatewayResponse>;
