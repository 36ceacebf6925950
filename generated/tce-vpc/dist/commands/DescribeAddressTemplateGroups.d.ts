import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeAddressTemplateGroupsRequest, DescribeAddressTemplateGroupsResponse } from "../types.js";
/**
 * 查询IP地址模板集合
 *
 * 本接口 (DescribeAddressTemplateGroups) 用于查询IP地址模板集合
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters. None is required.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAddressTemplateGroupsErrorCode}.
 */
export declare function describeAddressTemplateGroups(client: VpcBaseClient, input?: DescribeAddressTemplateGroupsRequest, options?: VpcCallOptions): Promise<DescribeAddressTemplateGroupsResponse>;
