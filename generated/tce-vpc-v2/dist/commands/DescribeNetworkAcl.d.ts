import type { VpcV2CallOptions, VpcV2BaseClient } from "../service.js";
import type { DescribeNetworkAclRequest, DescribeNetworkAclResponse } from "../types.js";
/**
 * 查询网络ACL列表
 *
 * 本接口 (DescribeNetworkAcl) 用于查询网络ACL列表。
 *
 * @param client - a client of this service: `new VpcV2Client(config)` or `createVpcV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkAclErrorCode}.
 */
export declare function describeNetworkAcl(client: VpcV2BaseClient, input?: DescribeNetworkAclRequest, options?: VpcV2CallOptions): Promise<DescribeNetworkAclResponse>;
