import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { RenameDockerContainerRequest, RenameDockerContainerResponse } from "../types.js";
/**
 * 重命名Docker容器
 *
 * 重命名实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重命名情况。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RenameDockerContainerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RenameDockerContainer | API Explorer: call RenameDockerContainer online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.renameDockerContainer({
 *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
 *   ContainerName: "test-rename-hello",
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function renameDockerContainer(client: LighthouseBaseClient, input: RenameDockerContainerRequest, options?: LighthouseCallOptions): Promise<RenameDockerContainerResponse>;
