import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResponse } from "../types.js";
/**
 * 删除弹性网卡
 *
 * 删除弹性网卡
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNetworkInterfaceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteNetworkInterface | API Explorer: call DeleteNetworkInterface online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteNetworkInterface({
 *   NetworkInterfaceId: "eni-12121212",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function deleteNetworkInterface(client: EcmBaseClient, input: DeleteNetworkInterfaceRequest, options?: EcmCallOptions): Promise<DeleteNetworkInterfaceResponse>;
