import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { StopInstancesRequest, StopInstancesResponse } from "../types.js";
/**
 * 关闭实例
 *
 * 本接口（StopInstances）用于关闭一个或多个实例。只有状态为 RUNNING 的实例才可以进行此操作。接口调用成功时，实例会进入 STOPPING 状态；关闭实例成功时，实例会进入 STOPPED 状态。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StopInstances | API Explorer: call StopInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.stopInstances({
 *   InstanceIds: ["lhins-ruy9d2tw", "lhins-rusdke45"],
 * });
 * console.log(res);
 */
export declare function stopInstances(client: LighthouseBaseClient, input: StopInstancesRequest, options?: LighthouseCallOptions): Promise<StopInstancesResponse>;
