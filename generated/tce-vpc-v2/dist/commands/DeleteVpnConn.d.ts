import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DeleteVpnConnRequest, DeleteVpnConnResponse } from "../types.js";
/**
 * 删除VPN通道
 *
 * 本接口(DeleteVpnConn)用于删除VPN通道。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteVpnConnErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteVpnConn({
 *   vpcId: "vpc-03vihbk9",
 *   vpnGwId: "vpngw-kfldykuz",
 *   vpnConnId: "vpn-x-ol6bcqp0",
 * });
 * console.log(res);
 */
export declare function deleteVpnConn(client: VpcV2BaseClient, input: DeleteVpnConnRequest, options?: VpcV2CallOptions): Promise<DeleteVpnConnResponse>;
