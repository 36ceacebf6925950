import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateFirewallRulesRequest, CreateFirewallRulesResponse } from "../types.js";
/**
 * 添加防火墙规则
 *
 * 本接口（CreateFirewallRules）用于在实例上添加防火墙规则。FirewallVersion 为防火墙版本号，用户每次更新防火墙规则版本会自动加1，防止您更新的规则已过期，不填不考虑冲突。FirewallVersion可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。在 FirewallRules 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateFirewallRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateFirewallRules | API Explorer: call CreateFirewallRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createFirewallRules({
 *   InstanceId: "lhins-aglzynfg",
 *   FirewallRules: [
 *     {
 *       Protocol: "TCP",
 *       Port: "80",
 *     },
 *     {
 *       Protocol: "UDP",
 *       Port: "22,443",
 *     },
 *     {
 *       Protocol: "TCP",
 *       Port: "8000-8080",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function createFirewallRules(client: LighthouseBaseClient, input: CreateFirewallRulesRequest, options?: LighthouseCallOptions): Promise<CreateFirewallRulesResponse>;
