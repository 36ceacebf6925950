import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { TerminateInstancesRequest, TerminateInstancesResponse } from "../types.js";
/**
 * 销毁实例
 *
 * 本接口 (TerminateInstances) 用于销毁实例。处于 SHUTDOWN 状态的实例，可通过本接口销毁，且不可恢复。支持批量操作，每次请求批量实例的上限为100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果返回列表中不存在该实例，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=TerminateInstances | API Explorer: call TerminateInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.terminateInstances({
 *   InstanceIds: ["lhins-ruy9d2tw"],
 * });
 * console.log(res);
 */
export declare function terminateInstances(client: LighthouseBaseClient, input: TerminateInstancesRequest, options?: LighthouseCallOptions): Promise<TerminateInstancesResponse>;
