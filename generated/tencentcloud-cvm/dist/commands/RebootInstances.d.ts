import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RebootInstancesRequest, RebootInstancesResponse } from "../types.js";
/**
 * 重启实例
 *
 * 本接口 (RebootInstances) 用于重启实例。只有状态为RUNNING的实例才可以进行此操作。接口调用成功时，实例会进入REBOOTING状态；重启实例成功时，实例会进入RUNNING状态。支持强制重启。强制重启的效果等同于关闭物理计算机的电源开关再重新启动。强制重启可能会导致数据丢失或文件系统损坏，请仅在服务器不能正常重启时使用。支持批量操作，每次请求批量实例的上限为100。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态(LatestOperationState)为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RebootInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances | API Explorer: call RebootInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.rebootInstances({
 *   StopType: "SOFT",
 *   InstanceIds: ["ins-5d8a23rs", "ins-r8hr2upy"],
 * });
 * console.log(res);
 */
export declare function rebootInstances(client: CvmBaseClient, input: RebootInstancesRequest, options?: CvmCallOptions): Promise<RebootInstancesResponse>;
