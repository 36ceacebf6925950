import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { TransformWanIpToEipRequest, TransformWanIpToEipResponse } from "../types.js";
/**
 * 普通公网IP转弹性公网IP
 *
 * 普通公网IP转弹性公网IP, 将服务器当前绑定的普通公网IP转换成弹性公网IP, 转换后随着服务器的释放, 该弹性公网IP将会保留。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TransformWanIpToEipErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.transformWanIpToEip({
 *   unInstanceId: "ins-hyvbipjg",
 * });
 * console.log(res);
 */
export declare function transformWanIpToEip(client: EipV2BaseClient, input: TransformWanIpToEipRequest, options?: EipV2CallOptions): Promise<TransformWanIpToEipResponse>;
