import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeIp6TranslatorQuotaRequest, DescribeIp6TranslatorQuotaResponse } from "../types.js";
/**
 * 查询账户在指定地域IPV6转换实例和规则的配额
 *
 * 查询账户在指定地域IPv6转换实例和规则的配额
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeIp6TranslatorQuotaErrorCode}.
 */
export declare function describeIp6TranslatorQuota(client: VpcBaseClient, input?: DescribeIp6TranslatorQuotaRequest, options?: VpcCallOptions): Promise<DescribeIp6TranslatorQuotaResponse>;
