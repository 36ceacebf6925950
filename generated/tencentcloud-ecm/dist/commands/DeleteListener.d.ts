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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function deleteListener(client: EcmBaseClient, input: DeleteListenerRequest, options?: EcmCallOptions): Promise<DeleteListenerResponse>;
