import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyBlueprintAttributeRequest, ModifyBlueprintAttributeResponse } from "../types.js";
/**
 * 修改镜像属性
 *
 * 本接口 (ModifyBlueprintAttribute) 用于修改镜像属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyBlueprintAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyBlueprintAttribute | API Explorer: call ModifyBlueprintAttribute online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyBlueprintAttribute({
 *   BlueprintId: "lhbp-1ynlfst1",
 *   BlueprintName: "new-blueprint",
 *   Description: "new-blueprint",
 * });
 * console.log(res);
 */
export declare function modifyBlueprintAttribute(client: LighthouseBaseClient, input: ModifyBlueprintAttributeRequest, options?: LighthouseCallOptions): Promise<ModifyBlueprintAttributeResponse>;
