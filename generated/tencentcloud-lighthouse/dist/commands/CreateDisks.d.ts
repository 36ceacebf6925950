import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { CreateDisksRequest, CreateDisksResponse } from "../types.js";
/**
 * 创建云硬盘
 *
 * 本接口(CreateDisks)用于创建一个或多个云硬盘。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateDisks | API Explorer: call CreateDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.createDisks({
 *   DiskCount: 1,
 *   DiskChargePrepaid: {
 *     Period: 1,
 *     TimeUnit: "m",
 *   },
 *   DiskName: "disk_for_softwares",
 *   DiskType: "CLOUD_PREMIUM",
 *   DiskSize: 20,
 *   Zone: "ap-hongkong-2",
 *   DiskBackupQuota: 1,
 * });
 * console.log(res);
 */
export declare function createDisks(client: LighthouseBaseClient, input: CreateDisksRequest, options?: LighthouseCallOptions): Promise<CreateDisksResponse>;
