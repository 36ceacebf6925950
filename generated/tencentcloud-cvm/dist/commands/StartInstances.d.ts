import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { StartInstancesRequest, StartInstancesResponse } from "../types.js";
/**
 * 启动实例
 *
 * 本接口 (StartInstances) 用于启动一个或多个实例。只有状态为STOPPED的实例才可以进行此操作。接口调用成功时，实例会进入STARTING状态；启动实例成功时，实例会进入RUNNING状态。支持批量操作。每次请求批量实例的上限为100。本接口为异步接口，启动实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表启动实例操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StartInstances | API Explorer: call StartInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.startInstances({
 *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 * });
 * console.log(res);
 */
export declare function startInstances(client: CvmBaseClient, input: StartInstancesRequest, options?: CvmCallOptions): Promise<StartInstancesResponse>;
