import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallRulesTemplateRequest, DescribeFirewallRulesTemplateResponse } from "../types.js";
/**
 * 查询防火墙规则模板
 *
 * 本接口（DescribeFirewallRulesTemplate）用于查询防火墙规则模板。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallRulesTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallRulesTemplate | API Explorer: call DescribeFirewallRulesTemplate online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeFirewallRulesTemplate({});
 * console.log(res);
 */
export declare function describeFirewallRulesTemplate(client: LighthouseBaseClient, input?: DescribeFirewallRulesTemplateRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallRulesTemplateResponse>;
