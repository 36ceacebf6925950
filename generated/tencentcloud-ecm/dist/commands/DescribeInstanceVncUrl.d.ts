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
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function describeInstanceVncUrl(client: EcmBaseClient, input: DescribeInstanceVncUrlRequest, options?: EcmCallOptions): Promise<DescribeInstanceVncUrlResponse>;
