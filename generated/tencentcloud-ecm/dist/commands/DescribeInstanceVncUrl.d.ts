import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeInstanceVncUrlRequest, DescribeInstanceVncUrlResponse } from "../types.js";
/**
 * 查询实例管理终端地址
 *
 * 查询实例管理终端地址
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceVncUrlErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeInstanceVncUrl | API Explorer: call DescribeInstanceVncUrl online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeInstanceVncUrl({
 *   InstanceId: "ein-r9hr2upy",
 * });
 * console.log(res);
 */
export declare function describeInstanceVncUrl(client: EcmBaseClient, input: DescribeInstanceVncUrlRequest, options?: EcmCallOptions): Promise<DescribeInstanceVncUrlResponse>;
