import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { DescribeSecurityGroupPolicysRequest, DescribeSecurityGroupPolicysResponse } from "../types.js";
/**
 * 查询安全组规则
 *
 * 本接口 (DescribeSecurityGroupPolicys) 用于查询已经存在的安全组的规则。 1)返回数据包含 ingress (入站) 和 egress (出站) 两个列表 2)安全组的每条规则最多可包含四个有效字段 : ipProtocol、cidrIp 或 sgId (两者是排他关系 , 不会同时出现)、portRange 和 action。 action 字段是必然存在的 ,其他字段如果不出现，代表这条规则处理网络报文时，不考虑这个字段而全部匹配。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPolicysErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.describeSecurityGroupPolicys({
 *   sgId: "sg-33ocnj9n",
 * });
 * console.log(res);
 */
export declare function describeSecurityGroupPolicys(client: DfwV2BaseClient, input: DescribeSecurityGroupPolicysRequest, options?: DfwV2CallOptions): Promise<DescribeSecurityGroupPolicysResponse>;
