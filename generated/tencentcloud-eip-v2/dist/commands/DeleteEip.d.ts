import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { DeleteEipRequest, DeleteEipResponse } from "../types.js";
/**
 * 释放弹性公网IP
 *
 * 释放弹性公网IP。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteEipErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tencentcloud-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.deleteEip({
 *   eipIds: ["eip-gzc5rgr2"],
 * });
 * console.log(res);
 */
export declare function deleteEip(client: EipV2BaseClient, input: DeleteEipRequest, options?: EipV2CallOptions): Promise<DeleteEipResponse>;
