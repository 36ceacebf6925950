import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesReturnableRequest, DescribeInstancesReturnableResponse } from "../types.js";
/**
 * 查询实例是否可退还
 *
 * 本接口（DescribeInstancesReturnable）用于查询实例是否可退还。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesReturnableErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function describeInstancesReturnable(client: LighthouseBaseClient, input?: DescribeInstancesReturnableRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesReturnableResponse>;
