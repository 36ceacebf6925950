import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { AttachCcnRequest, AttachCcnResponse } from "../types.js";
/**
 * 关联云联网
 *
 * 本接口 (AttachCcn) 用于建立与云联网的关联。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachCcnErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=AttachCcn | API Explorer: call AttachCcn online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.attachCcn({
 *   CcnId: "ccn-pf78xmcp",
 * });
 * console.log(res);
 */
export declare function attachCcn(client: LighthouseBaseClient, input: AttachCcnRequest, options?: LighthouseCallOptions): Promise<AttachCcnResponse>;
