import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeRegionsRequest, DescribeRegionsResponse } from "../types.js";
/**
 * 查询可用地域列表
 *
 * 查询可用地域列表。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient();
 * const res = await client.describeRegions({});
 * console.log(res);
 */
export declare function describeRegions(client: EcsBaseClient, input?: DescribeRegionsRequest, options?: EcsCallOptions): Promise<DescribeRegionsResponse>;
