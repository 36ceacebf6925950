import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { EipBindInstanceRequest, EipBindInstanceResponse } from "../types.js";
/**
 * 绑定弹性公网IP
 *
 * 弹性公网IP和服务器或弹性网卡绑定
 * 注意：如待操作服务器带有普通公网IP，绑定过程会把其普通公网IP自动解绑并释放，服务器将绑定所指定的弹性公网IP。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EipBindInstanceErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.eipBindInstance({
 *   eipId: "eip-mksy14ay",
 *   unInstanceId: "ins-hyvbipjg",
 * });
 * console.log(res);
 */
export declare function eipBindInstance(client: EipV2BaseClient, input: EipBindInstanceRequest, options?: EipV2CallOptions): Promise<EipBindInstanceResponse>;
