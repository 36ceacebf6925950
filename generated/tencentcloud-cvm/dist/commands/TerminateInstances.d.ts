import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { TerminateInstancesRequest, TerminateInstancesResponse } from "../types.js";
/**
 * 退还实例
 *
 * 本接口 (TerminateInstances) 用于主动退还实例。不再使用的实例，可通过本接口主动退还。按量计费的实例通过本接口可直接退还；包年包月实例如符合退还规则，也可通过本接口主动退还。包年包月实例首次调用本接口，实例将被移至回收站，再次调用本接口，实例将被销毁，且不可恢复。按量计费实例调用本接口将被直接销毁。包年包月实例首次调用本接口，入参中包含ReleasePrepaidDataDisks时，包年包月数据盘同时也会被移至回收站。支持批量操作，每次请求批量实例的上限为100。批量操作时，所有实例的付费类型必须一致。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances | API Explorer: call TerminateInstances online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.terminateInstances({
 *   InstanceIds: ["ins-3jaw1j8m"],
 * });
 * console.log(res);
 */
export declare function terminateInstances(client: CvmBaseClient, input: TerminateInstancesRequest, options?: CvmCallOptions): Promise<TerminateInstancesResponse>;
