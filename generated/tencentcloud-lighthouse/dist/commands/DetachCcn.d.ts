import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DetachCcnRequest, DetachCcnResponse } from "../types.js";
/**
 * 解关联云联网
 *
 * 本接口 (DetachCcn) 用于解除与云联网的关联。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachCcnErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DetachCcn | API Explorer: call DetachCcn online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.detachCcn({
 *   CcnId: "ccn-pf78xmcp",
 * });
 * console.log(res);
 */
export declare function detachCcn(client: LighthouseBaseClient, input: DetachCcnRequest, options?: LighthouseCallOptions): Promise<DetachCcnResponse>;
