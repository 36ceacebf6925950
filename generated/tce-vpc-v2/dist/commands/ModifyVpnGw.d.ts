import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { ModifyVpnGwRequest, ModifyVpnGwResponse } from "../types.js";
/**
 * 修改VPN网关属性
 *
 * 本接口(ModifyVpnGw)用于修改VPN网关属性。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnGwErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyVpnGw({
 *   vpcId: "vpc-amhnao5",
 *   vpnGwId: "vpngw-dystbrkv",
 *   vpnGwName: "test-9910",
 *   isAutoRenewals: 0,
 * });
 * console.log(res);
 */
export declare function modifyVpnGw(client: VpcV2BaseClient, input: ModifyVpnGwRequest, options?: VpcV2CallOptions): Promise<ModifyVpnGwResponse>;
