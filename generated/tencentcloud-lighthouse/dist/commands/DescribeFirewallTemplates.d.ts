import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallTemplatesRequest, DescribeFirewallTemplatesResponse } from "../types.js";
/**
 * 查询防火墙模板列表
 *
 * 本接口 (DescribeFirewallTemplates) 用于查询防火墙模板列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplatesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplates | API Explorer: call DescribeFirewallTemplates online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.describeFirewallTemplates({});
 * console.log(res);
 */
export declare function describeFirewallTemplates(client: LighthouseBaseClient, input?: DescribeFirewallTemplatesRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallTemplatesResponse>;
