import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { GetVpnConnConfigRequest, GetVpnConnConfigResponse } from "../types.js";
/**
 * 下载VPN通道配置
 *
 * 本接口(GetVpnConnConfig)用于下载VPN通道配置。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link GetVpnConnConfigErrorCode}.
 */
export declare function getVpnConnConfig(client: VpcV2BaseClient, input: GetVpnConnConfigRequest, options?: VpcV2CallOptions): Promise<GetVpnConnConfigResponse>;
