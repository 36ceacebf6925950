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
 * @see spec/sources/tce-vpc.txt
 */
export declare function addVpnConnEx(client: VpcV2BaseClient, input: AddVpnConnExRequest, options?: VpcV2CallOptions): Promise<AddVpnConnExResponse>;
