import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyDisksBackupQuotaRequest, ModifyDisksBackupQuotaResponse } from "../types.js";
/**
 * 调整云硬盘备份点配额
 *
 * 本接口(ModifyDisksBackupQuota)用于调整云硬盘备份点配额。该操作目前仅支持云硬盘类型为数据盘且状态是ATTACHED（已挂载）或 UNATTACHED（待挂载）的云硬盘。支持批量操作。每次批量请求云硬盘数量上限为15个。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDisksBackupQuotaErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksBackupQuota | API Explorer: call ModifyDisksBackupQuota online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDisksBackupQuota({
 *   DiskIds: ["lhdisk-guzg7nsa"],
 *   DiskBackupQuota: 0,
 * });
 * console.log(res);
 */
export declare function modifyDisksBackupQuota(client: LighthouseBaseClient, input: ModifyDisksBackupQuotaRequest, options?: LighthouseCallOptions): Promise<ModifyDisksBackupQuotaResponse>;
