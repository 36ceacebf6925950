import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeResetInstanceBlueprintsRequest, DescribeResetInstanceBlueprintsResponse } from "../types.js";
/**
 * 查询重置实例的镜像信息
 *
 * 本接口（DescribeResetInstanceBlueprints）查询重置实例的镜像信息。对于游戏专区实例，该接口只会返回当前镜像，且不支持 Filters 参数。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeResetInstanceBlueprintsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeResetInstanceBlueprints | API Explorer: call DescribeResetInstanceBlueprints online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeResetInstanceBlueprints({
 *   InstanceId: "lhins-euqk4yut",
 * });
 * console.log(res);
 */
export declare function describeResetInstanceBlueprints(client: LighthouseBaseClient, input: DescribeResetInstanceBlueprintsRequest, options?: LighthouseCallOptions): Promise<DescribeResetInstanceBlueprintsResponse>;
