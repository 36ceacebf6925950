import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateNetworkAclRequest, CreateNetworkAclResponse } from "../types.js";
/**
 * 创建网络ACL
 *
 * 本接口 (CreateNetworkAcl) 用于创建新的网络ACL。
 * - 新建的网络ACL的入站和出站规则默认都是全部拒绝, 在创建后通常您需要再调用ModifyNetworkAclEntries将网络ACL的规则设置为需要的规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateNetworkAclErrorCode}.
 */
export declare function createNetworkAcl(client: VpcBaseClient, input: CreateNetworkAclRequest, options?: VpcCallOptions): Promise<CreateNetworkAclResponse>;
