import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyInstancesDisasterRecoverGroupRequest, ModifyInstancesDisasterRecoverGroupResponse } from "../types.js";
/**
 * 调整实例分散置放群组
 *
 * 本接口 (ModifyInstancesDisasterRecoverGroup) 用于调整实例所在置放群组。目前只支持基础网络或私有网络实例。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesDisasterRecoverGroupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup | API Explorer: call ModifyInstancesDisasterRecoverGroup online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesDisasterRecoverGroup({
 *   InstanceIds: ["ins-r8hr2upy"],
 *   DisasterRecoverGroupId: "ps-a66w6rlb",
 * });
 * console.log(res);
 */
export declare function modifyInstancesDisasterRecoverGroup(client: CvmBaseClient, input: ModifyInstancesDisasterRecoverGroupRequest, options?: CvmCallOptions): Promise<ModifyInstancesDisasterRecoverGroupResponse>;
