import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ModifyChcAttributeRequest, ModifyChcAttributeResponse } from "../types.js";
/**
 * 修改CHC物理服务器的属性
 *
 * 修改CHC物理服务器的属性
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyChcAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute | API Explorer: call ModifyChcAttribute online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.modifyChcAttribute({
 *   ChcIds: ["chc-r8hr2upy", "chc-5d8a23rs"],
 *   InstanceName: "server1",
 *   DeviceType: "CHC_HS1",
 * });
 * console.log(res);
 */
export declare function modifyChcAttribute(client: CvmBaseClient, input: ModifyChcAttributeRequest, options?: CvmCallOptions): Promise<ModifyChcAttributeResponse>;
