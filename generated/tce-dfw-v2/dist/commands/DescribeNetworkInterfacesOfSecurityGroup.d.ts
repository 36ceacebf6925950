import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DescribeNetworkInterfacesOfSecurityGroupRequest, DescribeNetworkInterfacesOfSecurityGroupResponse } from "../types.js";
/**
 * 查询安全组关联的网卡列表
 *
 * 本接口 (DescribeNetworkInterfacesOfSecurityGroup) 用于查询已关联指定的安全组的弹性网卡。 1)一个网卡允许关联多个安全组, 在不同安全组的查询结果中可能有重复的网卡实例 ID。 2)网卡列表以列表方式返回, 列表成员是网卡的实例 ID。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesOfSecurityGroupErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeNetworkInterfacesOfSecurityGroup({
 *   sgId: "sg-33ocnj9n",
 * });
 * console.log(res);
 */
export declare function describeNetworkInterfacesOfSecurityGroup(client: DfwV2BaseClient, input: DescribeNetworkInterfacesOfSecurityGroupRequest, options?: DfwV2CallOptions): Promise<DescribeNetworkInterfacesOfSecurityGroupResponse>;
