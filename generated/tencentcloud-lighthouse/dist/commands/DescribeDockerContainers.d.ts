import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDockerContainersRequest, DescribeDockerContainersResponse } from "../types.js";
/**
 * 查询容器列表
 *
 * 查询实例内的容器列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerContainers | API Explorer: call DescribeDockerContainers online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDockerContainers({
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function describeDockerContainers(client: LighthouseBaseClient, input: DescribeDockerContainersRequest, options?: LighthouseCallOptions): Promise<DescribeDockerContainersResponse>;
