import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyInstancesAttributeRequest, ModifyInstancesAttributeResponse } from "../types.js";
/**
 * 修改实例的属性
 *
 * 本接口（ModifyInstancesAttribute）用于修改实例的属性。“实例名称”仅为方便用户自己管理之用。支持批量操作。每次请求批量实例的上限为 100。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyInstancesAttribute({
 *   InstanceIds: ["lhins-rfiuey9w"],
 *   InstanceName: "new-instance-name",
 * });
 * console.log(res);
 */
export declare function modifyInstancesAttribute(client: LighthouseBaseClient, input: ModifyInstancesAttributeRequest, options?: LighthouseCallOptions): Promise<ModifyInstancesAttributeResponse>;
