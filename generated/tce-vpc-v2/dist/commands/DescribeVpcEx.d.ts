import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeVpcExRequest, DescribeVpcExResponse } from "../types.js";
/**
 * 查询私有网络列表
 *
 * 本接口 (DescribeVpcEx) 用于查询私有网络列表。
 * 本接口不传参数时，返回默认排序下的前20条VPC信息。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpcExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeVpcEx({
 *   vpcId: "vpc-2ari9m7h",
 *   offset: 0,
 *   limit: 1,
 *   orderDirection: "desc",
 * });
 * console.log(res);
 */
export declare function describeVpcEx(client: VpcV2BaseClient, input?: DescribeVpcExRequest, options?: VpcV2CallOptions): Promise<DescribeVpcExResponse>;
