import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisassociateNetworkInterfaceSecurityGroupsRequest, DisassociateNetworkInterfaceSecurityGroupsResponse } from "../types.js";
/**
 * 弹性网卡解绑安全组
 *
 * 本接口 (DisassociateNetworkInterfaceSecurityGroups) 用于弹性网卡解绑安全组。支持弹性网卡完全解绑安全组。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateNetworkInterfaceSecurityGroupsErrorCode}.
 */
export declare function disassociateNetworkInterfaceSecurityGroups(client: VpcBaseClient, input: DisassociateNetworkInterfaceSecurityGroupsRequest, options?: VpcCallOptions): Promise<DisassociateNetworkInterfaceSecurityGroupsResponse>;
