import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ResetFirewallTemplateRulesRequest, ResetFirewallTemplateRulesResponse } from "../types.js";
/**
 * 重置防火墙模板规则
 *
 * 本接口 (ResetFirewallTemplateRules) 用于重置防火墙模板下所有规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetFirewallTemplateRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetFirewallTemplateRules | API Explorer: call ResetFirewallTemplateRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.resetFirewallTemplateRules({
 *   TemplateId: "lhft-6brh0ciy",
 *   TemplateRules: [
 *     {
 *       Protocol: "TCP",
 *       Port: "81",
 *       CidrBlock: "0.0.0.0/0",
 *       Action: "ACCEPT",
 *       FirewallRuleDescription: "tcp 80",
 *     },
 *     {
 *       Protocol: "UDP",
 *       Port: "81",
 *       CidrBlock: "0.0.0.0/0",
 *       Action: "DROP",
 *       FirewallRuleDescription: "udp 80",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function resetFirewallTemplateRules(client: LighthouseBaseClient, input: ResetFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<ResetFirewallTemplateRulesResponse>;
