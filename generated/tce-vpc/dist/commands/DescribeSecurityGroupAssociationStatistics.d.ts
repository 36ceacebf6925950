import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeSecurityGroupAssociationStatisticsRequest, DescribeSecurityGroupAssociationStatisticsResponse } from "../types.js";
/**
 * 查询安全组关联实例统计
 *
 * 本接口 (DescribeSecurityGroupAssociationStatistics) 用于查询安全组关联的实例统计。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAssociationStatisticsErrorCode}.
 */
export declare function describeSecurityGroupAssociationStatistics(client: VpcBaseClient, input: DescribeSecurityGroupAssociationStatisticsRequest, options?: VpcCallOptions): Promise<DescribeSecurityGroupAssociationStatisticsResponse>;
