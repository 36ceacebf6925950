import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { StopDockerContainersRequest, StopDockerContainersResponse } from "../types.js";
/**
 * 停止Docker容器
 *
 * 停止实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询停止情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopDockerContainersErrorCode}.
 * @see spec/sources/tencentcloud-lighthouse-2020-03-24.txt
 */
export declare function stopDockerContainers(client: LighthouseBaseClient, input: StopDockerContainersRequest, options?: LighthouseCallOptions): Promise<StopDockerContainersResponse>;
