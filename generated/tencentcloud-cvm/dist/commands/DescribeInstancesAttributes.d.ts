import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstancesAttributesRequest, DescribeInstancesAttributesResponse } from "../types.js";
/**
 * 批量获取指定实例属性
 *
 * 获取指定实例的属性，目前支持查询实例自定义数据User-Data。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesAttributesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes | API Explorer: call DescribeInstancesAttributes online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstancesAttributes({
 *   Attributes: ["UserData"],
 *   InstanceIds: ["ins-pgklxcq0"],
 * });
 * console.log(res);
 */
export declare function describeInstancesAttributes(client: CvmBaseClient, input: DescribeInstancesAttributesRequest, options?: CvmCallOptions): Promise<DescribeInstancesAttributesResponse>;
