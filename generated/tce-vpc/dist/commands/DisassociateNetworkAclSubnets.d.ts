import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DisassociateNetworkAclSubnetsRequest, DisassociateNetworkAclSubnetsResponse } from "../types.js";
/**
 * 网络ACL解关联子网
 *
 * 本接口 (DisassociateNetworkAclSubnets) 用于网络ACL解关联vpc下的子网。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateNetworkAclSubnetsErrorCode}.
 */
export declare function disassociateNetworkAclSubnets(client: VpcBaseClient, input: DisassociateNetworkAclSubnetsRequest, options?: VpcCallOptions): Promise<DisassociateNetworkAclSubnetsResponse>;
