import type { EipV2CallOptions, EipV2BaseClient } from "../service.js";
import type { EipUnBindInstanceRequest, EipUnBindInstanceResponse } from "../types.js";
/**
 * 解绑弹性公网IP
 *
 * 弹性公网 IP 与服务器解绑。注意：平台对用户每地域每日解绑 EIP 重新分配普通公网 IP 次数有所限制（可参见 EIP 产品简介 ）。上述配额可通过 DescribeEipQuota  接口获取。
 *
 * @param client - a client of this service: `new EipV2Client(config)` or `createEipV2Client(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EipUnBindInstanceErrorCode}.
 * @example
 * import { EipV2Client } from "@docs2sdk/tencentcloud-eip-v2";
 *
 * const client = new EipV2Client({ region: "ap-guangzhou" });
 * const res = await client.eipUnBindInstance({
 *   eipId: "eip-mksy14ay",
 *   allocWanIp: 0,
 * });
 * console.log(res);
 */
export declare function eipUnBindInstance(client: EipV2BaseClient, input?: EipUnBindInstanceRequest, options?: EipV2CallOptions): Promise<EipUnBindInstanceResponse>;
