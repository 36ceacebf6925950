import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { TerminateDisksRequest, TerminateDisksResponse } from "../types.js";
/**
 * 销毁云硬盘
 *
 * 本接口（TerminateDisks）用于销毁一个或多个云硬盘。云硬盘状态必须处于SHUTDOWN（已隔离）状态。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TerminateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=TerminateDisks | API Explorer: call TerminateDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.terminateDisks({
 *   DiskIds: ["lhdisk-p1zflrif"],
 * });
 * console.log(res);
 */
export declare function terminateDisks(client: LighthouseBaseClient, input: TerminateDisksRequest, options?: LighthouseCallOptions): Promise<TerminateDisksResponse>;
