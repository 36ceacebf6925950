import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ApplyDiskBackupRequest, ApplyDiskBackupResponse } from "../types.js";
/**
 * 回滚云硬盘备份点
 *
 * 本接口（ApplyDiskBackup）用于回滚指定云硬盘的备份点。仅支持回滚到原云硬盘。用于回滚的云硬盘备份点必须处于 NORMAL 状态。云硬盘备份点状态可以通过 DescribeDiskBackups 接口查询。回滚云硬盘备份点时，云硬盘的状态必须为 UNATTACHED或ATTACHED。云硬盘状态可通过 DescribeDisks 接口查询。如果云硬盘处于 ATTACHED状态，相关RUNNING 状态的实例会强制关机，然后回滚云硬盘备份点。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ApplyDiskBackupErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyDiskBackup | API Explorer: call ApplyDiskBackup online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.applyDiskBackup({
 *   DiskBackupId: "lhbak-ounanbtt",
 *   DiskId: "lhdisk-qtovvuzq",
 * });
 * console.log(res);
 */
export declare function applyDiskBackup(client: LighthouseBaseClient, input: ApplyDiskBackupRequest, options?: LighthouseCallOptions): Promise<ApplyDiskBackupResponse>;
