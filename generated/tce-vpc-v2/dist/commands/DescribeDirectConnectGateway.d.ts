import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeDirectConnectGatewayRequest, DescribeDirectConnectGatewayResponse } from "../types.js";
/**
 * 查询专线网关
 *
 * 本接口(DescribeDirectConnectGateway)用于查询专线网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDirectConnectGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeDirectConnectGateway({
 *   vpcId: "vpc-dfgg190",
 *   directConnectGatewayId: "dcg-ddf14d",
 * });
 * console.log(res);
 */
export declare function describeDirectConnectGateway(client: VpcV2BaseClient, input?: DescribeDirectConnectGatewayRequest, options?: VpcV2CallOptions): Promise<DescribeDirectConnectGatewayResponse>;
