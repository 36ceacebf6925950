import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyDisksRenewFlagRequest, ModifyDisksRenewFlagResponse } from "../types.js";
/**
 * 修改云硬盘续费标识
 *
 * 本接口（ModifyDisksRenewFlag）用于修改云硬盘续费标识。云硬盘需要处于以下状态：ATTACHED （已挂载）UNATTACHED （待挂载）ATTACHING （挂载中）DETACHING （卸载中）
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDisksRenewFlagErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksRenewFlag | API Explorer: call ModifyDisksRenewFlag online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDisksRenewFlag({
 *   DiskIds: ["lhdisk-qx45d7ik"],
 *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
 * });
 * console.log(res);
 */
export declare function modifyDisksRenewFlag(client: LighthouseBaseClient, input: ModifyDisksRenewFlagRequest, options?: LighthouseCallOptions): Promise<ModifyDisksRenewFlagResponse>;
