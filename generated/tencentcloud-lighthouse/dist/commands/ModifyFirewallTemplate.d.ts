import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyFirewallTemplateRequest, ModifyFirewallTemplateResponse } from "../types.js";
/**
 * 修改防火墙模板
 *
 * 本接口 (ModifyFirewallTemplate) 用于修改防火墙模板。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyFirewallTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyFirewallTemplate | API Explorer: call ModifyFirewallTemplate online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.modifyFirewallTemplate({
 *   TemplateId: "lhft-6brh0ciy",
 *   TemplateName: "test-modify",
 * });
 * console.log(res);
 */
export declare function modifyFirewallTemplate(client: LighthouseBaseClient, input: ModifyFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<ModifyFirewallTemplateResponse>;
