import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { StopInstancesRequest, StopInstancesResponse } from "../types.js";
/**
 * 关闭实例
 *
 * 本接口 (StopInstances) 用于关闭一个或多个实例。只有状态为RUNNING的实例才可以进行此操作。接口调用成功时，实例会进入STOPPING状态；关闭实例成功时，实例会进入STOPPED状态。支持强制关闭。强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常关机时使用。支持批量操作。每次请求批量实例的上限为100。本接口为异步接口，关闭实例请求发送成功后会返回一个RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表关闭实例操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances | API Explorer: call StopInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.stopInstances({
 *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 *   ForceStop: "false",
 * });
 * console.log(res);
 */
export declare function stopInstances(client: CvmBaseClient, input: StopInstancesRequest, options?: CvmCallOptions): Promise<StopInstancesResponse>;
