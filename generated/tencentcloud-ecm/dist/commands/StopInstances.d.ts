import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { StopInstancesRequest, StopInstancesResponse } from "../types.js";
/**
 * 实例关机
 *
 * 只有处于"RUNNING"状态的实例才能够进行关机操作；调用成功时，实例会进入STOPPING状态；关闭实例成功时，实例会进入STOPPED状态；支持强制关闭，强制关机的效果等同于关闭物理计算机的电源开关，强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=StopInstances | API Explorer: call StopInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.stopInstances({
 *   InstanceIdSet: ["ein-496721al", "ein-438242bp"],
 *   ForceStop: false,
 *   StopType: "SOFT_FIRST",
 * });
 * console.log(res);
 */
export declare function stopInstances(client: EcmBaseClient, input: StopInstancesRequest, options?: EcmCallOptions): Promise<StopInstancesResponse>;
