import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AssociateNetworkInterfaceSecurityGroupsRequest, AssociateNetworkInterfaceSecurityGroupsResponse } from "../types.js";
/**
 * 弹性网卡绑定安全组
 *
 * 本接口 (AssociateNetworkInterfaceSecurityGroups) 用于弹性网卡绑定安全组 (SecurityGroup)。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssociateNetworkInterfaceSecurityGroupsErrorCode}.
 */
export declare function associateNetworkInterfaceSecurityGroups(client: VpcBaseClient, input: AssociateNetworkInterfaceSecurityGroupsRequest, options?: VpcCallOptions): Promise<AssociateNetworkInterfaceSecurityGroupsResponse>;
