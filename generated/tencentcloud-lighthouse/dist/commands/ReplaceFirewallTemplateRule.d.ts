import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ReplaceFirewallTemplateRuleRequest, ReplaceFirewallTemplateRuleResponse } from "../types.js";
/**
 * 替换防火墙模板规则
 *
 * 本接口 (ReplaceFirewallTemplateRules) 用于替换防火墙模板规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceFirewallTemplateRuleErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ReplaceFirewallTemplateRule | API Explorer: call ReplaceFirewallTemplateRule online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.replaceFirewallTemplateRule({
 *   TemplateId: "lhft-6brh0ciy",
 *   TemplateRuleId: "lhftr-baaj68clja",
 *   TemplateRule: {
 *     Protocol: "UDP",
 *     Port: "811",
 *     CidrBlock: "0.0.0.0/0",
 *     Action: "DROP",
 *     FirewallRuleDescription: "udp 80",
 *   },
 * });
 * console.log(res);
 */
export declare function replaceFirewallTemplateRule(client: LighthouseBaseClient, input: ReplaceFirewallTemplateRuleRequest, options?: LighthouseCallOptions): Promise<ReplaceFirewallTemplateRuleResponse>;
