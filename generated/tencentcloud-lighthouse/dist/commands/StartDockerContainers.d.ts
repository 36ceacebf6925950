import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { StartDockerContainersRequest, StartDockerContainersResponse } from "../types.js";
/**
 * 启动Docker容器
 *
 * 启动实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询启动情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StartDockerContainersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StartDockerContainers | API Explorer: call StartDockerContainers online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.startDockerContainers({
 *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function startDockerContainers(client: LighthouseBaseClient, input: StartDockerContainersRequest, options?: LighthouseCallOptions): Promise<StartDockerContainersResponse>;
