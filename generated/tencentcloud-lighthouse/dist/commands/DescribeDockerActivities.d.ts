import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDockerActivitiesRequest, DescribeDockerActivitiesResponse } from "../types.js";
/**
 * 查询Docker活动列表
 *
 * 查询实例内的Docker活动列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDockerActivitiesErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function describeDockerActivities(client: LighthouseBaseClient, input: DescribeDockerActivitiesRequest, options?: LighthouseCallOptions): Promise<DescribeDockerActivitiesResponse>;
