import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDiskBackupsDeniedActionsRequest, DescribeDiskBackupsDeniedActionsResponse } from "../types.js";
/**
 * 查看云硬盘备份点操作限制列表
 *
 * 本接口（DescribeDiskBackupsDeniedActions）用于查询一个或多个云硬盘备份点的操作限制列表信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDiskBackupsDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskBackupsDeniedActions | API Explorer: call DescribeDiskBackupsDeniedActions online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDiskBackupsDeniedActions({
 *   DiskBackupIds: ["lhbak-nuen5foj"],
 * });
 * console.log(res);
 */
export declare function describeDiskBackupsDeniedActions(client: LighthouseBaseClient, input: DescribeDiskBackupsDeniedActionsRequest, options?: LighthouseCallOptions): Promise<DescribeDiskBackupsDeniedActionsResponse>;
