import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyListenerRequest, ModifyListenerResponse } from "../types.js";
/**
 * 修改负载均衡监听器属性
 *
 * 修改负载均衡监听器属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyListenerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=ModifyListener | API Explorer: call ModifyListener online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.modifyListener({
 *   LoadBalancerId: "lb-f9zyj3kb",
 *   ListenerId: "lbl-knd4jr8m",
 *   ListenerName: "xxx",
 * });
 * console.log(res);
 */
export declare function modifyListener(client: EcmBaseClient, input: ModifyListenerRequest, options?: EcmCallOptions): Promise<ModifyListenerResponse>;
