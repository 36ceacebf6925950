import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeFirewallRulesRequest, DescribeFirewallRulesResponse } from "../types.js";
/**
 * 查询防火墙规则
 *
 * 本接口（DescribeFirewallRules）用于查询实例的防火墙规则。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallRulesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallRules | API Explorer: call DescribeFirewallRules online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeFirewallRules({
 *   InstanceId: "lhins-aglzynfg",
 * });
 * console.log(res);
 */
export declare function describeFirewallRules(client: LighthouseBaseClient, input: DescribeFirewallRulesRequest, options?: LighthouseCallOptions): Promise<DescribeFirewallRulesResponse>;
