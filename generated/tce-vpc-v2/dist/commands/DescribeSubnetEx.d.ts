import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeSubnetExRequest, DescribeSubnetExResponse } from "../types.js";
/**
 * 查询子网列表
 *
 * 本接口 (DescribeSubnetEx) 用于查询子网列表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSubnetExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeSubnetEx({
 *   subnetName: "tttt",
 * });
 * console.log(res);
 */
export declare function describeSubnetEx(client: VpcV2BaseClient, input?: DescribeSubnetExRequest, options?: VpcV2CallOptions): Promise<DescribeSubnetExResponse>;
