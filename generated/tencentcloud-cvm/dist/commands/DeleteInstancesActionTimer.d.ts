import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteInstancesActionTimerRequest, DeleteInstancesActionTimerResponse } from "../types.js";
/**
 * 删除定时任务
 *
 * 本接口 (DeleteInstancesActionTimer) 用于删除定时任务。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteInstancesActionTimerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer | API Explorer: call DeleteInstancesActionTimer online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteInstancesActionTimer({
 *   ActionTimerIds: ["865d042d-0219-46c3-9821-6028c96cfb7c"],
 * });
 * console.log(res);
 */
export declare function deleteInstancesActionTimer(client: CvmBaseClient, input: DeleteInstancesActionTimerRequest, options?: CvmCallOptions): Promise<DeleteInstancesActionTimerResponse>;
