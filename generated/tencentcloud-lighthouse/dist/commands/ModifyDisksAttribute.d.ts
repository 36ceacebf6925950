import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyDisksAttributeRequest, ModifyDisksAttributeResponse } from "../types.js";
/**
 * 修改云硬盘属性
 *
 * 本接口(ModifyDisksAttribute)用于修改云硬盘属性。云硬盘必须处于以下状态: ATTACHED（已挂载）UNATTACHED（待挂载）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDisksAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksAttribute | API Explorer: call ModifyDisksAttribute online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDisksAttribute({
 *   DiskIds: ["lhdisk-djn43yh1"],
 *   DiskName: "test1",
 * });
 * console.log(res);
 */
export declare function modifyDisksAttribute(client: LighthouseBaseClient, input: ModifyDisksAttributeRequest, options?: LighthouseCallOptions): Promise<ModifyDisksAttributeResponse>;
