import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { TerminateDisksRequest, TerminateDisksResponse } from "../types.js";
/**
 * 退还云硬盘
 *
 * 本接口（TerminateDisks）用于退还云硬盘。不再使用的云盘，可通过本接口主动退还。本接口支持退还预付费云盘和按小时后付费云盘。按小时后付费云盘可直接退还，预付费云盘需符合退还规则。支持批量操作，每次请求批量云硬盘的上限为50。如果批量云盘存在不允许操作的，请求会以特定错误码返回。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link TerminateDisksErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=TerminateDisks | API Explorer: call TerminateDisks online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.terminateDisks({
 *   DiskIds: ["disk-lzrg2pwi", "disk-g27hqeo2"],
 * });
 * console.log(res);
 */
export declare function terminateDisks(client: EcmBaseClient, input: TerminateDisksRequest, options?: EcmCallOptions): Promise<TerminateDisksResponse>;
