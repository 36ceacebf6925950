import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesStatusRequest, DescribeInstancesStatusResponse } from "../types.js";
/**
 * 查看实例状态列表
 *
 * 本接口 (DescribeInstancesStatus) 用于查询一个或多个实例的状态。可以根据实例ID来查询实例的状态。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例状态。
 *
 * Default rate limit: 40 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesStatusErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesStatus | API Explorer: call DescribeInstancesStatus online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesStatus({
 *   InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"],
 *   Offset: 0,
 *   Limit: 2,
 * });
 * console.log(res);
 */
export declare function describeInstancesStatus(client: CvmBaseClient, input?: DescribeInstancesStatusRequest, options?: CvmCallOptions): Promise<DescribeInstancesStatusResponse>;
