import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { ModifyDockerContainerRequest, ModifyDockerContainerResponse } from "../types.js";
/**
 * 修改实例内的Docker容器
 *
 * 修改实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重建情况。请注意：本接口会重新创建并运行实例内的Docker容器。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDockerContainerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDockerContainer | API Explorer: call ModifyDockerContainer online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.modifyDockerContainer({
 *   Command: "ls -l",
 *   Envs: [
 *     {
 *       Key: "Key1",
 *       Value: "Value1",
 *     },
 *   ],
 *   PublishPorts: [
 *     {
 *       ContainerPort: 80,
 *       HostPort: 8081,
 *     },
 *   ],
 *   Volumes: [
 *     {
 *       ContainerPath: "/data/container",
 *       HostPath: "/data/host",
 *     },
 *   ],
 *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function modifyDockerContainer(client: LighthouseBaseClient, input: ModifyDockerContainerRequest, options?: LighthouseCallOptions): Promise<ModifyDockerContainerResponse>;
