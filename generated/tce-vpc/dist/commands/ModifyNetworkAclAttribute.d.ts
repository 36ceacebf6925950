import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNetworkAclAttributeRequest, ModifyNetworkAclAttributeResponse } from "../types.js";
/**
 * 修改网络ACL属性
 *
 * 本接口 (ModifyNetworkAclAttribute) 用于修改网络ACL属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclAttributeErrorCode}.
 */
export declare function modifyNetworkAclAttribute(client: VpcBaseClient, input: ModifyNetworkAclAttributeRequest, options?: VpcCallOptions): Promise<ModifyNetworkAclAttributeResponse>;
