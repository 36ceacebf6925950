import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeTaskInfoRequest, DescribeTaskInfoResponse } from "../types.js";
/**
 * 查询维修任务列表
 *
 * 本接口 (DescribeTaskInfo) 用于查询云服务器维修任务列表及详细信息。可以根据实例ID、实例名称或任务状态等信息来查询维修任务列表。过滤信息详情可参考入参说明。如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的维修任务列表。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTaskInfoErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo | API Explorer: call DescribeTaskInfo online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeTaskInfo({
 *   StartDate: "2023-03-01 00:00:00",
 *   EndDate: "2023-04-01 00:00:00",
 *   TaskStatus: [1],
 *   Limit: 20,
 *   Offset: 0,
 *   OrderField: "CreateTime",
 *   Order: 1,
 * });
 * console.log(res);
 */
export declare function describeTaskInfo(client: CvmBaseClient, input: DescribeTaskInfoRequest, options?: CvmCallOptions): Promise<DescribeTaskInfoResponse>;
