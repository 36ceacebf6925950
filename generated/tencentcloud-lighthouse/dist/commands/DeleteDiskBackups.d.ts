import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DeleteDiskBackupsRequest, DeleteDiskBackupsResponse } from "../types.js";
/**
 * 删除云硬盘备份点
 *
 * 本接口（DeleteDiskBackups）用于删除云硬盘备份点。云硬盘备份点必须处于 NORMAL 状态，云硬盘备份点状态可以通过 DescribeDiskBackups接口查询，见输出参数中 DiskBackupState 字段解释。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDiskBackupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteDiskBackups | API Explorer: call DeleteDiskBackups online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.deleteDiskBackups({
 *   DiskBackupIds: ["lhbak-ounanbtt"],
 * });
 * console.log(res);
 */
export declare function deleteDiskBackups(client: LighthouseBaseClient, input: DeleteDiskBackupsRequest, options?: LighthouseCallOptions): Promise<DeleteDiskBackupsResponse>;
