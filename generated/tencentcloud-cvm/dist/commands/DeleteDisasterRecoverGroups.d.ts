import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DeleteDisasterRecoverGroupsRequest, DeleteDisasterRecoverGroupsResponse } from "../types.js";
/**
 * 删除分散置放群组
 *
 * 本接口 (DeleteDisasterRecoverGroups)用于删除分散置放群组。只有空的置放群组才能被删除，非空的群组需要先销毁组内所有云服务器，才能执行删除操作，不然会产生删除置放群组失败的错误。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDisasterRecoverGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups | API Explorer: call DeleteDisasterRecoverGroups online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.deleteDisasterRecoverGroups({
 *   DisasterRecoverGroupIds: ["ps-58l1hu01"],
 * });
 * console.log(res);
 */
export declare function deleteDisasterRecoverGroups(client: CvmBaseClient, input: DeleteDisasterRecoverGroupsRequest, options?: CvmCallOptions): Promise<DeleteDisasterRecoverGroupsResponse>;
