import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyPrivateIpAddressesAttributeRequest, ModifyPrivateIpAddressesAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡内网IP信息
 *
 * 用于修改弹性网卡内网IP属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyPrivateIpAddressesAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyPrivateIpAddressesAttribute | API Explorer: call ModifyPrivateIpAddressesAttribute online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyPrivateIpAddressesAttribute({
 *   NetworkInterfaceId: "eni-pwbqma5d",
 *   PrivateIpAddresses: [
 *     {
 *       PrivateIpAddress: "192.168.2.7",
 *       Description: "new-name",
 *     },
 *   ],
 *   EcmRegion: "ap-guangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function modifyPrivateIpAddressesAttribute(client: EcmBaseClient, input: ModifyPrivateIpAddressesAttributeRequest, options?: EcmCallOptions): Promise<ModifyPrivateIpAddressesAttributeResponse>;
