import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { CreateNatGatewayRequest, CreateNatGatewayResponse } from "../types.js";
/**
 * 创建NAT网关
 *
 * 本接口(CreateNatGateway)用于创建NAT网关
 * 使用该接口前请前往 NAT网关说明 了解NAT网关特性
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.createNatGateway({
 *   natName: "zhezhe",
 *   vpcId: "314",
 *   maxConcurrent: 1000000,
 *   bandwidth: 10,
 *   autoAllocEipNum: 1,
 * });
 * console.log(res);
 */
export declare function createNatGateway(client: VpcV2BaseClient, input: CreateNatGatewayRequest, options?: VpcV2CallOptions): Promise<CreateNatGatewayResponse>;
