import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { RerunDockerContainerRequest, RerunDockerContainerResponse } from "../types.js";
/**
 * 重新创建并运行Docker容器
 *
 * 重新创建并运行实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重建情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RerunDockerContainerErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function rerunDockerContainer(client: LighthouseBaseClient, input: RerunDockerContainerRequest, options?: LighthouseCallOptions): Promise<RerunDockerContainerResponse>;
