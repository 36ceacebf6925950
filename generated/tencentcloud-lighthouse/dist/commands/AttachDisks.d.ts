import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { AttachDisksRequest, AttachDisksResponse } from "../types.js";
/**
 * 挂载云硬盘
 *
 * 本接口（AttachDisks）用于挂载一个或多个云硬盘。只能挂载磁盘状态（DiskState）处于待挂载（UNATTACHED）状态的云硬盘，磁盘状态可通过接口查询云硬盘（DescribeDisks）获取
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=AttachDisks | API Explorer: call AttachDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.attachDisks({
 *   DiskIds: ["lhdisk-5vmz00i3"],
 *   InstanceId: "lhins-qg08np8l",
 * });
 * console.log(res);
 */
export declare function attachDisks(client: LighthouseBaseClient, input: AttachDisksRequest, options?: LighthouseCallOptions): Promise<AttachDisksResponse>;
