import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DeleteListenerRequest, DeleteListenerResponse } from "../types.js";
/**
 * 删除负载均衡监听器
 *
 * 删除负载均衡监听器。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteListenerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DeleteListener | API Explorer: call DeleteListener online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.deleteListener({
 *   LoadBalancerId: "lb-f9zyj3kb",
 *   ListenerId: "lb-knd4jr8m",
 * });
 * console.log(res);
 */
export declare function deleteListener(client: EcmBaseClient, input: DeleteListenerRequest, options?: EcmCallOptions): Promise<DeleteListenerResponse>;
