import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { RunDockerContainersRequest, RunDockerContainersResponse } from "../types.js";
/**
 * 创建并运行Docker容器
 *
 * 创建并运行多个Docker容器，之后可以通过返回的ActivityIds调用DescribeDockerActivities接口查询创建情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RunDockerContainersErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RunDockerContainers | API Explorer: call RunDockerContainers online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.runDockerContainers({
 *   Containers: [
 *     {
 *       Command: "ls -l",
 *       ContainerImage: "nginx",
 *       ContainerName: "mynginx",
 *       Envs: [
 *         {
 *           Key: "Key1",
 *           Value: "Value1",
 *         },
 *       ],
 *       PublishPorts: [
 *         {
 *           ContainerPort: 80,
 *           HostPort: 8081,
 *         },
 *       ],
 *       Volumes: [
 *         {
 *           ContainerPath: "/data/container",
 *           HostPath: "/data/host",
 *         },
 *       ],
 *     },
 *   ],
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function runDockerContainers(client: LighthouseBaseClient, input: RunDockerContainersRequest, options?: LighthouseCallOptions): Promise<RunDockerContainersResponse>;
