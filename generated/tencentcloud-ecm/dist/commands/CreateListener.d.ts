import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateListenerRequest, CreateListenerResponse } from "../types.js";
/**
 * 创建负载均衡监听器
 *
 * 创建负载均衡监听器。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateListenerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateListener | API Explorer: call CreateListener online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createListener({
 *   LoadBalancerId: "lb-f9zyj3kb",
 *   Ports: [13001, 13002, 13003],
 *   Protocol: "TCP",
 * });
 * console.log(res);
 */
export declare function createListener(client: EcmBaseClient, input: CreateListenerRequest, options?: EcmCallOptions): Promise<CreateListenerResponse>;
