import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { DescribeSecurityGroupAssociationStatisticsRequest, DescribeSecurityGroupAssociationStatisticsResponse } from "../types.js";
/**
 * 查询安全组关联统计
 *
 * 查询安全组关联实例统计
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAssociationStatisticsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=DescribeSecurityGroupAssociationStatistics | API Explorer: call DescribeSecurityGroupAssociationStatistics online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.describeSecurityGroupAssociationStatistics({
 *   SecurityGroupIds: ["esg-ohuuioma", "esg-2quou3gv"],
 * });
 * console.log(res);
 */
export declare function describeSecurityGroupAssociationStatistics(client: EcmBaseClient, input: DescribeSecurityGroupAssociationStatisticsRequest, options?: EcmCallOptions): Promise<DescribeSecurityGroupAssociationStatisticsResponse>;
