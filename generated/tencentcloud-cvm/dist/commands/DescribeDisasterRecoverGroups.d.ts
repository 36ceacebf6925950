import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeDisasterRecoverGroupsRequest, DescribeDisasterRecoverGroupsResponse } from "../types.js";
/**
 * 查询分散置放群组信息
 *
 * 本接口 (DescribeDisasterRecoverGroups)用于查询分散置放群组信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisasterRecoverGroupsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroups | API Explorer: call DescribeDisasterRecoverGroups online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeDisasterRecoverGroups({});
 * console.log(res);
 */
export declare function describeDisasterRecoverGroups(client: CvmBaseClient, input?: DescribeDisasterRecoverGroupsRequest, options?: CvmCallOptions): Promise<DescribeDisasterRecoverGroupsResponse>;
