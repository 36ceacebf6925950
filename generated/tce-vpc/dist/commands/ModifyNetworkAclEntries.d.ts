import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNetworkAclEntriesRequest, ModifyNetworkAclEntriesResponse } from "../types.js";
/**
 * 修改网络ACL规则
 *
 * 本接口 (ModifyNetworkAclEntries) 用于修改 (包括添加和删除) 网络ACL的入站规则和出站规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkAclEntriesErrorCode}.
 */
export declare function modifyNetworkAclEntries(client: VpcBaseClient, input: ModifyNetworkAclEntriesRequest, options?: VpcCallOptions): Promise<ModifyNetworkAclEntriesResponse>;
