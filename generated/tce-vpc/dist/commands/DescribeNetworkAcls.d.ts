import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeNetworkAclsRequest, DescribeNetworkAclsResponse } from "../types.js";
/**
 * 查询网络ACL列表
 *
 * 本接口 (DescribeNetworkAcls) 用于查询网络ACL列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkAclsErrorCode}.
 */
export declare function describeNetworkAcls(client: VpcBaseClient, input?: DescribeNetworkAclsRequest, options?: VpcCallOptions): Promise<DescribeNetworkAclsResponse>;
