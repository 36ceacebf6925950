import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesReturnableRequest, DescribeInstancesReturnableResponse } from "../types.js";
/**
 * 查询实例是否可退还
 *
 * 本接口（DescribeInstancesReturnable）用于查询实例是否可退还。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesReturnableErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesReturnable | API Explorer: call DescribeInstancesReturnable online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesReturnable({
 *   InstanceIds: ["lhins-ruy9d2tw", "lhins-xusdke45"],
 * });
 * console.log(res);
 */
export declare function describeInstancesReturnable(client: LighthouseBaseClient, input?: DescribeInstancesReturnableRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesReturnableResponse>;
