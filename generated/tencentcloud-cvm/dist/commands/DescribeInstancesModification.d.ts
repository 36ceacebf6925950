import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesModificationRequest, DescribeInstancesModificationResponse } from "../types.js";
/**
 * 查询实例可调整配置
 *
 * 本接口 (DescribeInstancesModification) 用于查询指定实例支持调整的机型配置。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesModificationErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesModification | API Explorer: call DescribeInstancesModification online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesModification({
 *   Filters: [
 *     {
 *       Values: ["SELL"],
 *       Name: "status",
 *     },
 *   ],
 *   InstanceIds: ["ins-bzps2kwdg"],
 * });
 * console.log(res);
 */
export declare function describeInstancesModification(client: CvmBaseClient, input: DescribeInstancesModificationRequest, options?: CvmCallOptions): Promise<DescribeInstancesModificationResponse>;
