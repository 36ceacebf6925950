import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { IsolateInstancesRequest, IsolateInstancesResponse } from "../types.js";
/**
 * 隔离实例
 *
 * 本接口(IsolateInstances)用于退还一个或多个轻量应用服务器实例。只有状态为 RUNNING 或 STOPPED 的实例才可以进行此操作。接口调用成功后，实例会进入SHUTDOWN 状态。支持批量操作。每次请求批量资源（包括实例与数据盘）的上限为 20。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link IsolateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=IsolateInstances | API Explorer: call IsolateInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.isolateInstances({
 *   InstanceIds: ["lhins-lfdnmikp"],
 * });
 * console.log(res);
 */
export declare function isolateInstances(client: LighthouseBaseClient, input: IsolateInstancesRequest, options?: LighthouseCallOptions): Promise<IsolateInstancesResponse>;
