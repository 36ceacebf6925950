import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { StartInstancesRequest, StartInstancesResponse } from "../types.js";
/**
 * 开启实例
 *
 * 只有状态为STOPPED的实例才可以进行此操作；接口调用成功时，实例会进入STARTING状态；启动实例成功时，实例会进入RUNNING状态。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=StartInstances | API Explorer: call StartInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.startInstances({
 *   InstanceIdSet: ["ein-496205jl", "ein-495103ka"],
 * });
 * console.log(res);
 */
export declare function startInstances(client: EcmBaseClient, input: StartInstancesRequest, options?: EcmCallOptions): Promise<StartInstancesResponse>;
