import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DescribeInstancesDiskNumRequest, DescribeInstancesDiskNumResponse } from "../types.js";
/**
 * 查询实例挂载云硬盘数量
 *
 * 本接口(DescribeInstancesDiskNum)用于查询实例挂载云硬盘数量。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDiskNumErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesDiskNum | API Explorer: call DescribeInstancesDiskNum online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesDiskNum({
 *   InstanceIds: ["lhins-anxwfvxh"],
 * });
 * console.log(res);
 */
export declare function describeInstancesDiskNum(client: LighthouseBaseClient, input: DescribeInstancesDiskNumRequest, options?: LighthouseCallOptions): Promise<DescribeInstancesDiskNumResponse>;
