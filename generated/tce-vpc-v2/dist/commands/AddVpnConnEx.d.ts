import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { AddVpnConnExRequest, AddVpnConnExResponse } from "../types.js";
/**
 * 创建VPN通道
 *
 * 本接口 (AddVpnConnEx) 用于创建VPN通道。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AddVpnConnExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.addVpnConnEx({
 *   vpcId: "vpc-amhnao5",
 *   userGwId: "cgw-e098slul",
 *   vpnGwId: "vpngw-dystbrkv",
 *   userGwCidrBlock: ["10.56.20.1/24"],
 *   preSharedKey: "dgdgd33",
 * });
 * console.log(res);
 */
export declare function addVpnConnEx(client: VpcV2BaseClient, input: AddVpnConnExRequest, options?: VpcV2CallOptions): Promise<AddVpnConnExResponse>;
