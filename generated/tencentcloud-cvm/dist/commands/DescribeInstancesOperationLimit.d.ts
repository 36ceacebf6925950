import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesOperationLimitRequest, DescribeInstancesOperationLimitResponse } from "../types.js";
/**
 * 查询实例操作限制
 *
 * 本接口（DescribeInstancesOperationLimit）用于查询实例操作限制。目前支持调整配置操作限制次数查询。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesOperationLimitErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit | API Explorer: call DescribeInstancesOperationLimit online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesOperationLimit({
 *   InstanceIds: ["ins-r8hr2upy"],
 *   Operation: "INSTANCE_DEGRADE",
 * });
 * console.log(res);
 */
export declare function describeInstancesOperationLimit(client: CvmBaseClient, input: DescribeInstancesOperationLimitRequest, options?: CvmCallOptions): Promise<DescribeInstancesOperationLimitResponse>;
