import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeVpnConnRequest, DescribeVpnConnResponse } from "../types.js";
/**
 * 查询VPN通道列表
 *
 * 本接口(DescribeVpnConn)用于查询VPN通道列表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeVpnConnErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeVpnConn({
 *   vpcId: "vpc-erxok83l",
 * });
 * console.log(res);
 */
export declare function describeVpnConn(client: VpcV2BaseClient, input?: DescribeVpnConnRequest, options?: VpcV2CallOptions): Promise<DescribeVpnConnResponse>;
