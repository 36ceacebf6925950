import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DetachNetworkInterfaceRequest, DetachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡解绑云主机
 *
 * 弹性网卡解绑云主机
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachNetworkInterfaceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DetachNetworkInterface | API Explorer: call DetachNetworkInterface online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.detachNetworkInterface({
 *   NetworkInterfaceId: "eni-12121212",
 *   InstanceId: "ins-11221122",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function detachNetworkInterface(client: EcmBaseClient, input: DetachNetworkInterfaceRequest, options?: EcmCallOptions): Promise<DetachNetworkInterfaceResponse>;
