import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeCcnAttachedInstancesRequest, DescribeCcnAttachedInstancesResponse } from "../types.js";
/**
 * 查询云联网关联的实例信息
 *
 * 本接口 (DescribeCcnAttachedInstances) 用于查询云联网关联的实例信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCcnAttachedInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeCcnAttachedInstances | API Explorer: call DescribeCcnAttachedInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeCcnAttachedInstances({});
 * console.log(res);
 */
export declare function describeCcnAttachedInstances(client: LighthouseBaseClient, input?: DescribeCcnAttachedInstancesRequest, options?: LighthouseCallOptions): Promise<DescribeCcnAttachedInstancesResponse>;
