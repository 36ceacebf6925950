import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallTemplateRulesRequest, DescribeFirewallTemplateRulesResponse } from "../types.js";
/**
 * 查询防火墙模板规则列表
 *
 * 本接口 (DescribeFirewallTemplateRules) 用于查询防火墙模板规则列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateRules | API Explorer: call DescribeFirewallTemplateRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeFirewallTemplateRules({
 *   TemplateId: "lhft-6brh0ciy",
 * });
 * console.log(res);
 */
export declare function describeFirewallTemplateRules(client: LighthouseBaseClient, input: DescribeFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallTemplateRulesResponse>;
