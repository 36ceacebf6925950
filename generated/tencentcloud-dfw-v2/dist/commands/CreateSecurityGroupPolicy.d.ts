import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { CreateSecurityGroupPolicyRequest, CreateSecurityGroupPolicyResponse } from "../types.js";
/**
 * 添加安全组规则
 *
 * 本接口（CreateSecurityGroupPolicy）用于添加安全组规则。1. 规则 描述2. 安全组的每条规则最多可包含四个有效字段：ipProtocol、cidrIp 或 sgId（两者是排他关系，不允许同时输入）、portRange 和 action。action 字段是必需的，其他字段如果不出现，代表这条规则处理网络报文时，不考虑这个字段而全部匹配。3. ipProtocol 字段支持输入 tcp、udp 和 icmp，不区分大小写。4. cidrIp 字段允许输入符合 cidr 格式标准的任意字符串。(展开)在基础网络中，如果 cidrIp 包含您的账户内的云服务器之外的设备在腾讯云的内网 IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。5. sgId 字段允许输入与待修改的安全组位于相同项目中的安全组 ID，包括这个安全组 ID 本身，代表安全组下所有云服务器的内网 IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个 ID 所关联的云服务器变化而变化，不需要重新修改。6. portRange 字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当 ipProtocol 字段是 tcp 或 udp 时，portRange 字段才被接受。7. action 字段允许输入 ACCEPT 或 DROP 字符串，不区分大小写。8. desc 字段允许输入单条规则的描述语，不超过50个UTF-8字符。policys 规则成员结构
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupPolicyErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.createSecurityGroupPolicy({
 *   sgId: "sg-33ocnj9n",
 *   version: 2,
 *   direction: "ingress",
 *   index: 0,
 *   policys: [
 *     {
 *       ipProtocol: "tcp",
 *       cidrIp: "10.0.0.0/8",
 *       action: "ACCEPT",
 *       portRange: "22",
 *       desc: "内网tcp出流量放通",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createSecurityGroupPolicy(client: DfwV2BaseClient, input: CreateSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<CreateSecurityGroupPolicyResponse>;
