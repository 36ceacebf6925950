import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteNetworkAclRequest, DeleteNetworkAclResponse } from "../types.js";
/**
 * 删除网络ACL
 *
 * 本接口 (DeleteNetworkAcl) 用于删除网络ACL。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkAclErrorCode}.
 */
export declare function deleteNetworkAcl(client: VpcBaseClient, input: DeleteNetworkAclRequest, options?: VpcCallOptions): Promise<DeleteNetworkAclResponse>;
