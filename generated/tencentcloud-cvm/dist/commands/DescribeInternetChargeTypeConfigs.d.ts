import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { DescribeInternetChargeTypeConfigsRequest, DescribeInternetChargeTypeConfigsResponse } from "../types.js";
/**
 * 查询网络计费类型
 *
 * 本接口（DescribeInternetChargeTypeConfigs）用于查询网络的计费类型。
 *
 * Default rate limit: 10 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInternetChargeTypeConfigsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs | API Explorer: call DescribeInternetChargeTypeConfigs online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.describeInternetChargeTypeConfigs({});
 * console.log(res);
 */
export declare function describeInternetChargeTypeConfigs(client: CvmBaseClient, input?: DescribeInternetChargeTypeConfigsRequest, options?: CvmCallOptions): Promise<DescribeInternetChargeTypeConfigsResponse>;
