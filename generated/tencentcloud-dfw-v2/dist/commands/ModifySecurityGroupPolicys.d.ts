import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { ModifySecurityGroupPolicysRequest, ModifySecurityGroupPolicysResponse } from "../types.js";
/**
 * 修改安全组规则
 *
 * 本接口（ModifySecurityGroupPolicys）用于修改已经存在的安全组的规则。1. 安全组的入站规则和出站规则分别通过ingress和egress两个列表输入，每个方向的规则数量限制。系统默认的最后生效的全部DROP的规则不需要输入，也不计入规则数限制中。2. 入站或出站方向包含多条规则时，规则按照输入列表的顺序生效，覆盖该安全组原有规则。3. 规则描述4. 安全组的每条规则最多可包含四个有效字段：ipProtocol、cidrIp或sgId（两者是排他关系，不允许同时输入）、portRange和action。action字段是必需的，其他字段如果不出现，代表这条规则处理网络报文时，不考虑这个字段而全部匹配。5. ipProtocol字段支持输入tcp、udp和icmp，不区分大小写。6. cidrIp字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中，如果cidrIp包含您的账户内的云服务器之外的设备在腾讯云的内网IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。7. sgId字段允许输入与待修改的安全组位于相同项目中的安全组ID，包括这个安全组ID本身，代表安全组下所有云服务器的内网IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化，不需要重新修改。8. portRange字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当ipProtocol字段是tcp或udp时，portRange字段才被接受。9. action字段允许输入ACCEPT或DROP字符串，不区分大小写。10. desc字段允许输入单条规则的描述语，不超过50个UTF-8字符。11. 输入的规则字段如果违反了以上约束，整个调用将不被应用并返回错误，您实际的安全组规则将保持调用之前的状态。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPolicysErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tencentcloud-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySecurityGroupPolicys({
 *   sgId: "sg-33ocnj9n",
 *   ingress: [
 *     {
 *       ipProtocol: "tcp",
 *       cidrIp: "10.0.0.0/8",
 *       action: "ACCEPT",
 *       portRange: "22",
 *       desc: "内网入流量tcp协议22端口禁止访问",
 *     },
 *   ],
 *   egress: [
 *     {
 *       action: "ACCEPT",
 *       ipProtocol: "tcp",
 *       desc: "内网tcp出流量放通",
 *       cidrIp: "10.0.0.0/8",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function modifySecurityGroupPolicys(client: DfwV2BaseClient, input: ModifySecurityGroupPolicysRequest, options?: DfwV2CallOptions): Promise<ModifySecurityGroupPolicysResponse>;
