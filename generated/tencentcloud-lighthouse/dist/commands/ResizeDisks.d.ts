import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ResizeDisksRequest, ResizeDisksResponse } from "../types.js";
/**
 * 扩容云硬盘
 *
 * 本接口(ResizeDisks)用于扩容云硬盘。该操作目前仅支持云硬盘类型为数据盘且状态处于ATTACHED（已挂载）或 UNATTACHED（待挂载）的云硬盘。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResizeDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResizeDisks | API Explorer: call ResizeDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.resizeDisks({
 *   DiskIds: ["lhdisk-guzg7nsa"],
 *   DiskSize: 40,
 * });
 * console.log(res);
 */
export declare function resizeDisks(client: LighthouseBaseClient, input: ResizeDisksRequest, options?: LighthouseCallOptions): Promise<ResizeDisksResponse>;
