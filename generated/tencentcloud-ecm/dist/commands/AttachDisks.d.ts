import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { AttachDisksRequest, AttachDisksResponse } from "../types.js";
/**
 * 挂载云硬盘
 *
 * 本接口（AttachDisks）用于挂载云硬盘。支持批量操作，将多块云盘挂载到同一云主机。如果多个云盘中存在不允许挂载的云盘，则操作不执行，返回特定的错误码。本接口为异步接口，当挂载云盘的请求成功返回时，表示后台已发起挂载云盘的操作，可通过接口DescribeDisks来查询对应云盘的状态，如果云盘的状态由“ATTACHING”变为“ATTACHED”，则为挂载成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AttachDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=AttachDisks | API Explorer: call AttachDisks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.attachDisks({
 *   DiskIds: ["disk-lzrg2pwi"],
 *   InstanceId: "ins-dyzmimrw",
 * });
 * console.log(res);
 */
export declare function attachDisks(client: EcmBaseClient, input: AttachDisksRequest, options?: EcmCallOptions): Promise<AttachDisksResponse>;
