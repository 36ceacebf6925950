import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DetachDisksRequest, DetachDisksResponse } from "../types.js";
/**
 * 卸载云硬盘
 *
 * 本接口（DetachDisks）用于卸载云硬盘。支持批量操作，卸载挂载在同一主机上的多块云盘。如果多块云盘中存在不允许卸载的云盘，则操作不执行，返回特定的错误码。本接口为异步接口，当请求成功返回时，云盘并未立即从主机卸载，可通过接口DescribeDisks来查询对应云盘的状态，如果云盘的状态由“ATTACHED”变为“UNATTACHED”，则为卸载成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DetachDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DetachDisks | API Explorer: call DetachDisks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.detachDisks({
 *   DiskIds: ["disk-lzrg2pwi"],
 * });
 * console.log(res);
 */
export declare function detachDisks(client: EcmBaseClient, input: DetachDisksRequest, options?: EcmCallOptions): Promise<DetachDisksResponse>;
