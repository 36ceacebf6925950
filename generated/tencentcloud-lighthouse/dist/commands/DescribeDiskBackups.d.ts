import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDiskBackupsRequest, DescribeDiskBackupsResponse } from "../types.js";
/**
 * 查看云硬盘备份点列表
 *
 * 本接口（DescribeDiskBackups）用于查询云硬盘备份点的详细信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDiskBackupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskBackups | API Explorer: call DescribeDiskBackups online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDiskBackups({
 *   DiskBackupIds: ["lhbak-nuen5foj"],
 * });
 * console.log(res);
 */
export declare function describeDiskBackups(client: LighthouseBaseClient, input?: DescribeDiskBackupsRequest, options?: LighthouseCallOptions): Promise<DescribeDiskBackupsResponse>;
