import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { RenewVpnRequest, RenewVpnResponse } from "../types.js";
/**
 * 续费VPN网关
 *
 * 本接口 (RenewVpn) 用于续费 VPN。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenewVpnErrorCode}.
 * @example
 * import { VpcV2Client } from "@docs2sdk/tce-vpc-v2";
 *
 * const client = new VpcV2Client({ region: "ap-guangzhou" });
 * const res = await client.renewVpn({
 *   vpnId: "gz_vpc_1111",
 *   period: 1,
 *   vpnGwId: "1",
 * });
 * console.log(res);
 */
export declare function renewVpn(client: VpcV2BaseClient, input: RenewVpnRequest, options?: VpcV2CallOptions): Promise<RenewVpnResponse>;
