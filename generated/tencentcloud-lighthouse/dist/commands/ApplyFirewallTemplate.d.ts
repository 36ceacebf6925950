import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ApplyFirewallTemplateRequest, ApplyFirewallTemplateResponse } from "../types.js";
/**
 * 应用防火墙模板
 *
 * 本接口 (ApplyFirewallTemplate) 用于应用防火墙模板到多个实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ApplyFirewallTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyFirewallTemplate | API Explorer: call ApplyFirewallTemplate online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.applyFirewallTemplate({
 *   TemplateId: "lhft-s2dxd7iy",
 *   ApplyInstances: [
 *     {
 *       InstanceId: "lhins-wld7xie9",
 *       Region: "ap-guangzhou",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function applyFirewallTemplate(client: LighthouseBaseClient, input: ApplyFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<ApplyFirewallTemplateResponse>;
