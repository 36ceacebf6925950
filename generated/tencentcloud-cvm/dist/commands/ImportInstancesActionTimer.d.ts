import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ImportInstancesActionTimerRequest, ImportInstancesActionTimerResponse } from "../types.js";
/**
 * 导入定时任务
 *
 * 本接口（ImportInstancesActionTimer）用于导入定时任务
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ImportInstancesActionTimerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer | API Explorer: call ImportInstancesActionTimer online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.importInstancesActionTimer({
 *   ActionTimer: {
 *     TimerAction: "TerminateInstances",
 *     ActionTime: "2018-08-01 20:00:00",
 *   },
 *   InstanceIds: ["ins-37qv3ucj"],
 * });
 * console.log(res);
 */
export declare function importInstancesActionTimer(client: CvmBaseClient, input: ImportInstancesActionTimerRequest, options?: CvmCallOptions): Promise<ImportInstancesActionTimerResponse>;
