import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyDisasterRecoverGroupAttributeRequest, ModifyDisasterRecoverGroupAttributeResponse } from "../types.js";
/**
 * 修改分散置放群组属性
 *
 * 本接口 (ModifyDisasterRecoverGroupAttribute)用于修改分散置放群组属性。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDisasterRecoverGroupAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute | API Explorer: call ModifyDisasterRecoverGroupAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDisasterRecoverGroupAttribute({
 *   DisasterRecoverGroupId: "ps-58l1hu01",
 *   Name: "物理机容灾组1",
 * });
 * console.log(res);
 */
export declare function modifyDisasterRecoverGroupAttribute(client: CvmBaseClient, input: ModifyDisasterRecoverGroupAttributeRequest, options?: CvmCallOptions): Promise<ModifyDisasterRecoverGroupAttributeResponse>;
