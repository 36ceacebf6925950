import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallTemplateRuleQuotaRequest, DescribeFirewallTemplateRuleQuotaResponse } from "../types.js";
/**
 * 查询防火墙模板规则配额
 *
 * 本接口 (DescribeFirewallTemplateRuleQuota) 用于查询防火墙模板规则配额。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateRuleQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateRuleQuota | API Explorer: call DescribeFirewallTemplateRuleQuota online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeFirewallTemplateRuleQuota({
 *   TemplateId: "lhft-6brh0ciy",
 * });
 * console.log(res);
 */
export declare function describeFirewallTemplateRuleQuota(client: LighthouseBaseClient, input: DescribeFirewallTemplateRuleQuotaRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallTemplateRuleQuotaResponse>;
