import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { RebootInstancesRequest, RebootInstancesResponse } from "../types.js";
/**
 * 重启实例
 *
 * 只有状态为RUNNING的实例才可以进行此操作；接口调用成功时，实例会进入REBOOTING状态；重启实例成功时，实例会进入RUNNING状态；支持强制重启，强制重启的效果等同于关闭物理计算机的电源开关再重新启动。强制重启可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常重启时使用。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RebootInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=RebootInstances | API Explorer: call RebootInstances online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.rebootInstances({
 *   InstanceIdSet: ["ein-496721al", "ein-438242bp"],
 * });
 * console.log(res);
 */
export declare function rebootInstances(client: EcmBaseClient, input: RebootInstancesRequest, options?: EcmCallOptions): Promise<RebootInstancesResponse>;
