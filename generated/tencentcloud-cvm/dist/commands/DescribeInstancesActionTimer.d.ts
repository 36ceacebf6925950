import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesActionTimerRequest, DescribeInstancesActionTimerResponse } from "../types.js";
/**
 * 查询定时任务信息
 *
 * 本接口 (DescribeInstancesActionTimer) 用于查询定时任务信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesActionTimerErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesActionTimer | API Explorer: call DescribeInstancesActionTimer online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesActionTimer({
 *   InstanceIds: ["ins-37qv3ucj"],
 * });
 * console.log(res);
 */
export declare function describeInstancesActionTimer(client: CvmBaseClient, input?: DescribeInstancesActionTimerRequest, options?: CvmCallOptions): Promise<DescribeInstancesActionTimerResponse>;
