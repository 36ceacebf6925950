import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyFirewallRuleDescriptionRequest, ModifyFirewallRuleDescriptionResponse } from "../types.js";
/**
 * 修改防火墙规则描述
 *
 * 本接口（ModifyFirewallRuleDescription）用于修改单条防火墙规则描述。FirewallVersion 用于指定要操作的防火墙的版本。传入 FirewallVersion 版本号若不等于当前防火墙的最新版本，将返回失败；若不传 FirewallVersion 则直接修改防火墙规则备注。FirewallVersion可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。用FirewallRule参数来指定要修改的防火墙规则，使用其中的Protocol， Port， CidrBlock，Action字段来匹配要修改的防火墙规则。在 FirewallRule 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyFirewallRuleDescriptionErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyFirewallRuleDescription | API Explorer: call ModifyFirewallRuleDescription online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyFirewallRuleDescription({
 *   InstanceId: "lhins-aglzynfg",
 *   FirewallRule: {
 *     Protocol: "TCP",
 *     Port: "80",
 *     FirewallRuleDescription: "'test'",
 *   },
 * });
 * console.log(res);
 */
export declare function modifyFirewallRuleDescription(client: LighthouseBaseClient, input: ModifyFirewallRuleDescriptionRequest, options?: LighthouseCallOptions): Promise<ModifyFirewallRuleDescriptionResponse>;
