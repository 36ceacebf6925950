import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { ModifyEipAttributesRequest, ModifyEipAttributesResponse } from "../types.js";
/**
 * 修改弹性公网IP名称
 *
 * 修改弹性公网IP名称。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyEipAttributesErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.modifyEipAttributes({
 *   eipId: "eip-p2x6wxc0",
 *   eipName: "test1111",
 * });
 * console.log(res);
 */
export declare function modifyEipAttributes(client: EipV2BaseClient, input: ModifyEipAttributesRequest, options?: EipV2CallOptions): Promise<ModifyEipAttributesResponse>;
