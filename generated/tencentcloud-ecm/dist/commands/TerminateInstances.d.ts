import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { TerminateInstancesRequest, TerminateInstancesResponse } from "../types.js";
/**
 * 销毁实例
 *
 * 销毁实例
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=TerminateInstances | API Explorer: call TerminateInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.terminateInstances({
 *   TerminateDelay: true,
 *   InstanceIdSet: ["ein-197252sp", "ein-187232ag"],
 *   TerminateTime: "2019-08-01 18:32:56",
 * });
 * console.log(res);
 */
export declare function terminateInstances(client: EcmBaseClient, input: TerminateInstancesRequest, options?: EcmCallOptions): Promise<TerminateInstancesResponse>;
