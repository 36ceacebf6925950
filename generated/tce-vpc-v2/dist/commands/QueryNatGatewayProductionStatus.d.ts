import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { QueryNatGatewayProductionStatusRequest, QueryNatGatewayProductionStatusResponse } from "../types.js";
/**
 * 查询NAT网关创建状态
 *
 * 本接口(QueryNatGatewayProductionStatus)用于查询NAT网关的生产状态
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link QueryNatGatewayProductionStatusErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.queryNatGatewayProductionStatus({
 *   billId: "2160000000",
 * });
 * console.log(res);
 */
export declare function queryNatGatewayProductionStatus(client: VpcV2BaseClient, input: QueryNatGatewayProductionStatusRequest, options?: VpcV2CallOptions): Promise<QueryNatGatewayProductionStatusResponse>;
