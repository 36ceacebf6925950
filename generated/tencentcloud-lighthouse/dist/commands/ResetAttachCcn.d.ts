import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ResetAttachCcnRequest, ResetAttachCcnResponse } from "../types.js";
/**
 * 重新申请关联云联网
 *
 * 本接口 (ResetAttachCcn) 用于关联云联网实例申请过期时，重新申请关联操作。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetAttachCcnErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetAttachCcn | API Explorer: call ResetAttachCcn online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.resetAttachCcn({
 *   CcnId: "ccn-pf78xmcp",
 * });
 * console.log(res);
 */
export declare function resetAttachCcn(client: LighthouseBaseClient, input: ResetAttachCcnRequest, options?: LighthouseCallOptions): Promise<ResetAttachCcnResponse>;
