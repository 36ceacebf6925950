import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AssignPrivateIpAddressesRequest, AssignPrivateIpAddressesResponse } from "../types.js";
/**
 * 弹性网卡申请内网 IP
 *
 * 弹性网卡申请内网 IP
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AssignPrivateIpAddressesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AssignPrivateIpAddresses | API Explorer: call AssignPrivateIpAddresses online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.assignPrivateIpAddresses({
 *   NetworkInterfaceId: "eni-ms7c7gcr",
 *   SecondaryPrivateIpAddressCount: 1,
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function assignPrivateIpAddresses(client: EcmBaseClient, input: AssignPrivateIpAddressesRequest, options?: EcmCallOptions): Promise<AssignPrivateIpAddressesResponse>;
