import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyVpnConnExRequest, ModifyVpnConnExResponse } from "../types.js";
/**
 * 修改VPN通道
 *
 * 本接口(ModifyVpnConnEx)用于修改VPN通道。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnConnExErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyVpnConnEx({
 *   vpcId: "vpc-03vihbk9",
 *   vpnGwId: "vpngw-kfldykuz",
 *   vpnConnId: "vpnx-ol6bcqp0",
 *   userGwCidrBlock: ["10.100.2.0/24"],
 *   preSharedKey: "tencenttest",
 * });
 * console.log(res);
 */
export declare function modifyVpnConnEx(client: VpcV2BaseClient, input: ModifyVpnConnExRequest, options?: VpcV2CallOptions): Promise<ModifyVpnConnExResponse>;
