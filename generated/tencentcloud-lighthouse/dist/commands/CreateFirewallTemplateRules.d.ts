import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateFirewallTemplateRulesRequest, CreateFirewallTemplateRulesResponse } from "../types.js";
/**
 * 创建防火墙模板规则
 *
 * 本接口 (CreateFirewallTemplateRules) 用于创建防火墙模板规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateFirewallTemplateRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateFirewallTemplateRules | API Explorer: call CreateFirewallTemplateRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.createFirewallTemplateRules({
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
export declare function createFirewallTemplateRules(client: LighthouseBaseClient, input: CreateFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<CreateFirewallTemplateRulesResponse>;
