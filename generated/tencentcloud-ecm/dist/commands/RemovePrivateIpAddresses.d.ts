import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { RemovePrivateIpAddressesRequest, RemovePrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡退还内网 IP
 *
 * 弹性网卡退还内网 IP。退还弹性网卡上的辅助内网IP，接口自动解关联弹性公网 IP。不能退还弹性网卡的主内网IP。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RemovePrivateIpAddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RemovePrivateIpAddresses | API Explorer: call RemovePrivateIpAddresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.removePrivateIpAddresses({
 *   NetworkInterfaceId: "eni-12121212",
 *   PrivateIpAddresses: [
 *     {
 *       PrivateIpAddress: "172.16.32.111",
 *     },
 *   ],
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function removePrivateIpAddresses(client: EcmBaseClient, input: RemovePrivateIpAddressesRequest, options?: EcmCallOptions): Promise<RemovePrivateIpAddressesResponse>;
