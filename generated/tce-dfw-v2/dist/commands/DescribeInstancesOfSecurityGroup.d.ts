import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DescribeInstancesOfSecurityGroupRequest, DescribeInstancesOfSecurityGroupResponse } from "../types.js";
/**
 * 查询安全组关联的云服务器列表
 *
 * 本接口 (DescribeInstancesOfSecurityGroup) 用于查询已关联指定的安全组的云服务器。 1)此接口允许查询云服务器列表中的一部分成员信息,使用offset和limit两个输入字段控制。不输入时,默认查询前20台云服务器。 2)一台云服务器允许关联多个安全组,在不同安全组的查询结果中可能有重复的云服务器实例ID。 3)云服务器列表以列表方式返回,列表成员是云服务器的实例ID。
 * 特别提示: 为提供更丰富的按安全组查询绑定实例的需求,建议客户使用各类云资源的实例查询接口,在这些接口中使用安全组ID过滤条件。以云服务器为例, DescribeInstances 接口可以使用安全组ID作过滤条件,查询出更为完整的实例信息。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesOfSecurityGroupErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesOfSecurityGroup({
 *   sgId: "sg-56p1yd1o",
 * });
 * console.log(res);
 */
export declare function describeInstancesOfSecurityGroup(client: DfwV2BaseClient, input: DescribeInstancesOfSecurityGroupRequest, options?: DfwV2CallOptions): Promise<DescribeInstancesOfSecurityGroupResponse>;
