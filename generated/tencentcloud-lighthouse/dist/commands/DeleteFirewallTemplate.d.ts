import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteFirewallTemplateRequest, DeleteFirewallTemplateResponse } from "../types.js";
/**
 * 删除防火墙模板
 *
 * 本接口 (DeleteFirewallTemplate) 用于删除防火墙模板。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteFirewallTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteFirewallTemplate | API Explorer: call DeleteFirewallTemplate online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient();
 * const res = await client.deleteFirewallTemplate({
 *   TemplateId: "lhft-6brh0ciy",
 * });
 * console.log(res);
 */
export declare function deleteFirewallTemplate(client: LighthouseBaseClient, input: DeleteFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<DeleteFirewallTemplateResponse>;
