import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDisksDeniedActionsRequest, DescribeDisksDeniedActionsResponse } from "../types.js";
/**
 * 查询云硬盘操作限制列表信息
 *
 * 本接口（DescribeDisksDeniedActions）用于查询一个或多个云硬盘的操作限制列表信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisksDeniedActionsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisksDeniedActions | API Explorer: call DescribeDisksDeniedActions online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDisksDeniedActions({
 *   DiskIds: ["lhdisk-eobj8huv"],
 * });
 * console.log(res);
 */
export declare function describeDisksDeniedActions(client: LighthouseBaseClient, input: DescribeDisksDeniedActionsRequest, options?: LighthouseCallOptions): Promise<DescribeDisksDeniedActionsResponse>;
