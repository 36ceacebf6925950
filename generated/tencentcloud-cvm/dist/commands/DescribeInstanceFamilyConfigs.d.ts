import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInstanceFamilyConfigsRequest, DescribeInstanceFamilyConfigsResponse } from "../types.js";
/**
 * 查询所支持的实例机型族信息
 *
 * 本接口（DescribeInstanceFamilyConfigs）查询当前用户和地域所支持的机型族列表信息。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceFamilyConfigsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs | API Explorer: call DescribeInstanceFamilyConfigs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInstanceFamilyConfigs({});
 * console.log(res);
 */
export declare function describeInstanceFamilyConfigs(client: CvmBaseClient, input?: DescribeInstanceFamilyConfigsRequest, options?: CvmCallOptions): Promise<DescribeInstanceFamilyConfigsResponse>;
