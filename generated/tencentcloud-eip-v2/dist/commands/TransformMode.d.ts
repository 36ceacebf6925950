import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { TransformModeRequest, TransformModeResponse } from "../types.js";
/**
 * 弹性公网IP模式切换
 *
 * 弹性公网 IP 模式切换。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TransformModeErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tencentcloud-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.transformMode({
 *   eipId: "eip-mksy14ay",
 *   mode: 0,
 * });
 * console.log(res);
 */
export declare function transformMode(client: EipV2BaseClient, input: TransformModeRequest, options?: EipV2CallOptions): Promise<TransformModeResponse>;
