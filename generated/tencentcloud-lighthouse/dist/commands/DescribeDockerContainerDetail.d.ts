import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDockerContainerDetailRequest, DescribeDockerContainerDetailResponse } from "../types.js";
/**
 * 查询Docker容器详情
 *
 * 查询实例内的Docker容器详情
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainerDetailErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function describeDockerContainerDetail(client: LighthouseBaseClient, input: DescribeDockerContainerDetailRequest, options?: LighthouseCallOptions): Promise<DescribeDockerContainerDetailResponse>;
