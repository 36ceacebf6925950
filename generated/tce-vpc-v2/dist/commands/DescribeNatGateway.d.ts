import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeNatGatewayRequest, DescribeNatGatewayResponse } from "../types.js";
/**
 * 查询NAT网关
 *
 * 本接口 (DescribeNatGateway) 用于查询 NAT 网关。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNatGatewayErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeNatGateway({
 *   vpcId: "vpc-8e0ypm3z",
 * });
 * console.log(res);
 */
export declare function describeNatGateway(client: VpcV2BaseClient, input?: DescribeNatGatewayRequest, options?: VpcV2CallOptions): Promise<DescribeNatGatewayResponse>;
