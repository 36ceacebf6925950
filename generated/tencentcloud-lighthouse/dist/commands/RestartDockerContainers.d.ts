import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { RestartDockerContainersRequest, RestartDockerContainersResponse } from "../types.js";
/**
 * 重启Docker容器
 *
 * 重启实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重启情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RestartDockerContainersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RestartDockerContainers | API Explorer: call RestartDockerContainers online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.restartDockerContainers({
 *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function restartDockerContainers(client: LighthouseBaseClient, input: RestartDockerContainersRequest, options?: LighthouseCallOptions): Promise<RestartDockerContainersResponse>;
