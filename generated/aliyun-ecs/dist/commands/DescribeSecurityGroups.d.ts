import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse } from "../types.js";
/**
 * 分页查询用户定义的所有安全组基本信息
 *
 * 分页查询用户定义的所有安全组基本信息。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeSecurityGroups({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeSecurityGroups(client: EcsBaseClient, input: DescribeSecurityGroupsRequest, options?: EcsCallOptions): Promise<DescribeSecurityGroupsResponse>;
