import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateDiskBackupRequest, CreateDiskBackupResponse } from "../types.js";
/**
 * 创建云硬盘备份点
 *
 * 本接口 ( CreateDiskBackup ) 用于创建指定云硬盘（当前只支持数据盘）的备份点。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDiskBackupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateDiskBackup | API Explorer: call CreateDiskBackup online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createDiskBackup({
 *   DiskBackupName: "disk-backup-01",
 *   DiskId: "lhdisk-qtovvuzq",
 * });
 * console.log(res);
 */
export declare function createDiskBackup(client: LighthouseBaseClient, input: CreateDiskBackupRequest, options?: LighthouseCallOptions): Promise<CreateDiskBackupResponse>;
