import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeBlueprintInstancesRequest, DescribeBlueprintInstancesResponse } from "../types.js";
/**
 * 查询镜像实例信息
 *
 * 本接口（DescribeBlueprintInstances）用于查询镜像实例信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeBlueprintInstancesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBlueprintInstances | API Explorer: call DescribeBlueprintInstances online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeBlueprintInstances({
 *   InstanceIds: ["lhins-f4s49nap"],
 * });
 * console.log(res);
 */
export declare function describeBlueprintInstances(client: LighthouseBaseClient, input: DescribeBlueprintInstancesRequest, options?: LighthouseCallOptions): Promise<DescribeBlueprintInstancesResponse>;
