import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { InquiryVpnPriceRequest, InquiryVpnPriceResponse } from "../types.js";
/**
 * 查询VPN网关价格
 *
 * 本接口(InquiryVpnPrice)用于查询VPN价格。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link InquiryVpnPriceErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.inquiryVpnPrice({
 *   period: 1,
 *   bandwidth: 5,
 * });
 * console.log(res);
 */
export declare function inquiryVpnPrice(client: VpcV2BaseClient, input: InquiryVpnPriceRequest, options?: VpcV2CallOptions): Promise<InquiryVpnPriceResponse>;
