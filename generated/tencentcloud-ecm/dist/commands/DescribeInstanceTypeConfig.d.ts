import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeInstanceTypeConfigRequest, DescribeInstanceTypeConfigResponse } from "../types.js";
/**
 * 获取机型配置列表
 *
 * 获取机型配置列表
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceTypeConfigErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstanceTypeConfig | API Explorer: call DescribeInstanceTypeConfig online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeInstanceTypeConfig({});
 * console.log(res);
 */
export declare function describeInstanceTypeConfig(client: EcmBaseClient, input?: DescribeInstanceTypeConfigRequest, options?: EcmCallOptions): Promise<DescribeInstanceTypeConfigResponse>;
