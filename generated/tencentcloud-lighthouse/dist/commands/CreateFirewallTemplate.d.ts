import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateFirewallTemplateRequest, CreateFirewallTemplateResponse } from "../types.js";
/**
 * 创建防火墙模板
 *
 * 本接口 (CreateFirewallTemplate) 用于创建防火墙模板。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateFirewallTemplateErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function createFirewallTemplate(client: LighthouseBaseClient, input: CreateFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<CreateFirewallTemplateResponse>;
