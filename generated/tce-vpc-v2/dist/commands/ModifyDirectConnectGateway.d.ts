import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyDirectConnectGatewayRequest, ModifyDirectConnectGatewayResponse } from "../types.js";
/**
 * 修改专线网关属性
 *
 * 本接口(ModifyDirectConnectGateway)用于修改专线网关属性目前仅支持修改专线网关属性中的名称。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDirectConnectGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyDirectConnectGateway({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 *   directConnectGatewayName: "专线网关1",
 * });
 * console.log(res);
 */
export declare function modifyDirectConnectGateway(client: VpcV2BaseClient, input: ModifyDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<ModifyDirectConnectGatewayResponse>;
