import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesTrafficPackagesRequest, DescribeInstancesTrafficPackagesResponse } from "../types.js";
/**
 * 查看实例流量包详情
 *
 * 本接口（DescribeInstancesTrafficPackages）用于查询一个或多个实例的流量包详情。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesTrafficPackagesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesTrafficPackages | API Explorer: call DescribeInstancesTrafficPackages online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesTrafficPackages({
 *   Limit: 2,
 * });
 * console.log(res);
 */
export declare function describeInstancesTrafficPackages(client: LighthouseBaseClient, input?: DescribeInstancesTrafficPackagesRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesTrafficPackagesResponse>;
