import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteHaVipRequest, DeleteHaVipResponse } from "../types.js";
/**
 * 删除HAVIP
 *
 * 用于删除高可用虚拟IP（HAVIP）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteHaVipErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteHaVip | API Explorer: call DeleteHaVip online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteHaVip({
 *   HaVipId: "havip-kekyk044",
 * });
 * console.log(res);
 */
export declare function deleteHaVip(client: EcmBaseClient, input: DeleteHaVipRequest, options?: EcmCallOptions): Promise<DeleteHaVipResponse>;
