import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeIp6TranslatorsRequest, DescribeIp6TranslatorsResponse } from "../types.js";
/**
 * 查询IPV6转换实例及其绑定规则信息
 *
 * 1. 该接口用于查询账户下的IPV6转换实例及其绑定的转换规则信息
 * 2. 支持过滤查询
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeIp6TranslatorsErrorCode}.
 */
export declare function describeIp6Translators(client: VpcBaseClient, input?: DescribeIp6TranslatorsRequest, options?: VpcCallOptions): Promise<DescribeIp6TranslatorsResponse>;
