import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyDiskBackupsAttributeRequest, ModifyDiskBackupsAttributeResponse } from "../types.js";
/**
 * 修改云硬盘备份点属性
 *
 * 本接口 (ModifyDiskBackupsAttribute) 用于修改云硬盘备份点属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDiskBackupsAttributeErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDiskBackupsAttribute | API Explorer: call ModifyDiskBackupsAttribute online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDiskBackupsAttribute({
 *   DiskBackupIds: ["lhbak-l1ghx97r"],
 *   DiskBackupName: "test1",
 * });
 * console.log(res);
 */
export declare function modifyDiskBackupsAttribute(client: LighthouseBaseClient, input: ModifyDiskBackupsAttributeRequest, options?: LighthouseCallOptions): Promise<ModifyDiskBackupsAttributeResponse>;
