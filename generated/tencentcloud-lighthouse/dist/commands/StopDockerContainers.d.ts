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
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StopDockerContainers | API Explorer: call StopDockerContainers online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.stopDockerContainers({
 *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function stopDockerContainers(client: LighthouseBaseClient, input: StopDockerContainersRequest, options?: LighthouseCallOptions): Promise<StopDockerContainersResponse>;
