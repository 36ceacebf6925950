import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DescribeAssociateSecurityGroupsRequest, DescribeAssociateSecurityGroupsResponse } from "../types.js";
/**
 * 查询与安全组关联的安全组列表
 *
 * 本接口（DescribeAssociateSecurityGroups）查询有哪些安全组的出站或入站规则中包含了输入的安全组 ID。如果某个安全组 ID 的查询结果非空，那么这个安全组不能被直接删除，需要先修改引用了这个 ID 的其他安全组规则。安全组的规则如果包含了自身的 ID，不会在查询结果中出现。DescribeAssociateSecurityGroups。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAssociateSecurityGroupsErrorCode}.
 */
export declare function describeAssociateSecurityGroups(client: DfwV2BaseClient, input: DescribeAssociateSecurityGroupsRequest, options?: DfwV2CallOptions): Promise<DescribeAssociateSecurityGroupsResponse>;
