import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteFirewallTemplateRulesRequest, DeleteFirewallTemplateRulesResponse } from "../types.js";
/**
 * 删除防火墙模板规则
 *
 * 本接口 (DeleteFirewallTemplateRules) 用于删除防火墙模板规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteFirewallTemplateRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteFirewallTemplateRules | API Explorer: call DeleteFirewallTemplateRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.deleteFirewallTemplateRules({
 *   TemplateId: "lhft-6brh0ciy",
 *   TemplateRuleIds: ["lhftr-baaj68clja", "lhftr-bz6qfqut0i"],
 * });
 * console.log(res);
 */
export declare function deleteFirewallTemplateRules(client: LighthouseBaseClient, input: DeleteFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<DeleteFirewallTemplateRulesResponse>;
