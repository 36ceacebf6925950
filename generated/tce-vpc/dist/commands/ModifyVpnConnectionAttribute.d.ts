import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpnConnectionAttributeRequest, ModifyVpnConnectionAttributeResponse } from "../types.js";
/**
 * 修改VPN通道
 *
 * 本接口 (ModifyVpnConnectionAttribute) 用于修改VPN通道。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpnConnectionAttributeErrorCode}.
 */
export declare function modifyVpnConnectionAttribute(client: VpcBaseClient, input: ModifyVpnConnectionAttributeRequest, options?: VpcCallOptions): Promise<ModifyVpnConnectionAttributeResponse>;
