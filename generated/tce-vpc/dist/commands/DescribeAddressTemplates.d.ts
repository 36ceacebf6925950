import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAddressTemplatesRequest, DescribeAddressTemplatesResponse } from "../types.js";
/**
 * 查询IP地址模板
 *
 * 本接口 (DescribeAddressTemplates) 用于查询IP地址模板
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressTemplatesErrorCode}.
 */
export declare function describeAddressTemplates(client: VpcBaseClient, input?: DescribeAddressTemplatesRequest, options?: VpcCallOptions): Promise<DescribeAddressTemplatesResponse>;
