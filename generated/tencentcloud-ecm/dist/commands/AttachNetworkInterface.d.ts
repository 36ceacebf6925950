import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse } from "../types.js";
/**
 * 弹性网卡绑定云主机
 *
 * 弹性网卡绑定云主机
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachNetworkInterfaceErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AttachNetworkInterface | API Explorer: call AttachNetworkInterface online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.attachNetworkInterface({
 *   NetworkInterfaceId: "eni-m6dyj72l",
 *   InstanceId: "ein-r8hr2upy",
 *   EcmRegion: "ap-hangzhou-ecm",
 * });
 * console.log(res);
 */
export declare function attachNetworkInterface(client: EcmBaseClient, input: AttachNetworkInterfaceRequest, options?: EcmCallOptions): Promise<AttachNetworkInterfaceResponse>;
