import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { EipBindNatGatewayRequest, EipBindNatGatewayResponse } from "../types.js";
/**
 * NAT网关绑定EIP
 *
 * 本接口(EipBindNatGateway)用于NAT网关绑定EIP
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EipBindNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.eipBindNatGateway({
 *   natId: "nat-8pbrkzh6",
 *   vpcId: "314",
 *   autoAllocEipNum: 1,
 * });
 * console.log(res);
 */
export declare function eipBindNatGateway(client: VpcV2BaseClient, input: EipBindNatGatewayRequest, options?: VpcV2CallOptions): Promise<EipBindNatGatewayResponse>;
