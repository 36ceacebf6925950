import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallTemplateQuotaRequest, DescribeFirewallTemplateQuotaResponse } from "../types.js";
/**
 * 查询防火墙模板配额
 *
 * 本接口 (DescribeFirewallTemplateQuota) 用于查询防火墙模板配额。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateQuota | API Explorer: call DescribeFirewallTemplateQuota online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeFirewallTemplateQuota({});
 * console.log(res);
 */
export declare function describeFirewallTemplateQuota(client: LighthouseBaseClient, input?: DescribeFirewallTemplateQuotaRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallTemplateQuotaResponse>;
