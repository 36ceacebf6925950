import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { EipUnBindNatGatewayRequest, EipUnBindNatGatewayResponse } from "../types.js";
/**
 * NAT网关解绑EIP
 *
 * 本接口(EipUnBindNatGateway)用于NAT网关解绑EIP
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EipUnBindNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.eipUnBindNatGateway({
 *   natId: "nat-8pbrkzh6",
 *   vpcId: "vpc-ddf411",
 *   assignedEipSet: ["183.60.249.122"],
 * });
 * console.log(res);
 */
export declare function eipUnBindNatGateway(client: VpcV2BaseClient, input: EipUnBindNatGatewayRequest, options?: VpcV2CallOptions): Promise<EipUnBindNatGatewayResponse>;
