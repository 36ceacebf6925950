import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeDockerContainerConfigurationRequest, DescribeDockerContainerConfigurationResponse } from "../types.js";
/**
 * 查询Docker容器配置信息
 *
 * 查询实例内的Docker容器配置信息
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainerConfigurationErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerContainerConfiguration | API Explorer: call DescribeDockerContainerConfiguration online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeDockerContainerConfiguration({
 *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
 *   InstanceId: "lhins-nwycpjl3",
 * });
 * console.log(res);
 */
export declare function describeDockerContainerConfiguration(client: LighthouseBaseClient, input: DescribeDockerContainerConfigurationRequest, options?: LighthouseCallOptions): Promise<DescribeDockerContainerConfigurationResponse>;
