import type { DfwV2CallOptions, DfwV2BaseClient } from "../service.js";
import type { ModifySingleSecurityGroupPolicyRequest, ModifySingleSecurityGroupPolicyResponse } from "../types.js";
/**
 * 编辑单条安全组规则
 *
 * 本接口 (ModifySingleSecurityGroupPolicy) 用于编辑单条安全组规则。
 * 1)规则描述 2)安全组的每条规则最多可包含四个有效字段: ipProtocol、cidrIp或sgId (两者是排他关系, 不允许同时输入)、portRange和action。action字段是必需的, 其他字段如果不出现, 代表这条规则处理网络报文时, 不考虑这个字段而全部匹配。 3)ipProtocol字段支持输入tcp、udp和icmp, 不区分大小写。 4)cidrIp字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中, 如果cidrIp包含您的账户内的云服务器之外的设备在腾讯云金融专区的内网IP, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的内网规则。 5)sgId字段允许输入与待修改的安全组位于相同项目中的安全组ID, 包括这个安全组ID本身, 代表安全组下所有云服务器的内网IP。使用这个字段时, 这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化, 不需要重新修改。 6)portRange字段允许输入一个单独端口号, 或者用减号分隔的两个端口号代表端口范围, 例如80或8000-8010。只有当ipProtocol字段是tcp或udp时, portRange字段才被接受。 7)action字段允许输入ACCEPT或DROP字符串, 不区分大小写。 8)desc字段允许输入单条规则的描述语, 不超过50个UTF-8字符。
 *
 * @param client - a client of this service: `new DfwV2Client(config)` or `createDfwV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifySingleSecurityGroupPolicyErrorCode}.
 * @example
 * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
 *
 * const client = new DfwV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifySingleSecurityGroupPolicy({
 *   sgId: "sg-33ocnj9n",
 *   version: 2,
 *   direction: "ingress",
 *   index: 0,
 *   policys: {
 *     ipProtocol: "tcp",
 *     cidrIp: "10.0.0.0/8",
 *     action: "ACCEPT",
 *     portRange: "22",
 *     desc: "内网入流量tcp协议22端口允许访问",
 *   },
 * });
 * console.log(res);
 */
export declare function modifySingleSecurityGroupPolicy(client: DfwV2BaseClient, input: ModifySingleSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<ModifySingleSecurityGroupPolicyResponse>;
