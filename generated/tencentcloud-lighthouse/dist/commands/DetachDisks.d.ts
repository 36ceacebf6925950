import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DetachDisksRequest, DetachDisksResponse } from "../types.js";
/**
 * 卸载云硬盘
 *
 * 本接口（DetachDisks）用于卸载一个或多个云硬盘。该操作目前仅支持云硬盘类型为数据盘的云硬盘。支持批量操作，卸载挂载在同一主机上的多块云硬盘。如果多块云硬盘中存在不允许卸载的云硬盘，则操作不执行，返回特定的错误码。本接口为异步接口，当请求成功返回时，云硬盘并未立即卸载，可通过接口DescribeDisks来查询对应云硬盘的状态，如果云硬盘的状态由“ATTACHED”变为“UNATTACHED”，则为卸载成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DetachDisks | API Explorer: call DetachDisks online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.detachDisks({
 *   DiskIds: ["lhdisk-eobj8huv"],
 * });
 * console.log(res);
 */
export declare function detachDisks(client: LighthouseBaseClient, input: DetachDisksRequest, options?: LighthouseCallOptions): Promise<DetachDisksResponse>;
