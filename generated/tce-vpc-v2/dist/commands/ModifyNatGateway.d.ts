import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyNatGatewayRequest, ModifyNatGatewayResponse } from "../types.js";
/**
 * 修改NAT网关
 *
 * 本接口(ModifyNatGateway)用于修改NAT网关
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyNatGateway({
 *   natId: "nat-jngbqyfs",
 *   vpcId: "314",
 *   natName: "cici",
 * });
 * console.log(res);
 */
export declare function modifyNatGateway(client: VpcV2BaseClient, input: ModifyNatGatewayRequest, options?: VpcV2CallOptions): Promise<ModifyNatGatewayResponse>;
