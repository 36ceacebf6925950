import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeBlueprintsRequest, DescribeBlueprintsResponse } from "../types.js";
/**
 * 查询镜像信息
 *
 * 本接口（DescribeBlueprints）用于查询镜像信息。该接口返回的镜像类型有：自定义镜像、共享镜像、公共镜像。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeBlueprintsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBlueprints | API Explorer: call DescribeBlueprints online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeBlueprints({
 *   BlueprintIds: ["lhbp-lf6jlx98"],
 * });
 * console.log(res);
 */
export declare function describeBlueprints(client: LighthouseBaseClient, input?: DescribeBlueprintsRequest, options?: LighthouseCallOptions): Promise<DescribeBlueprintsResponse>;
