import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeDBInstancesWithSecurityGroupRequest, DescribeDBInstancesWithSecurityGroupResponse } from "../types.js";
/**
 * 安全组查询绑定数据库实例
 *
 * 本接口 (DescribeDBInstancesWithSecurityGroup) 用于安全组获取绑定的数据库实例信息。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDBInstancesWithSecurityGroupErrorCode}.
 */
export declare function describeDBInstancesWithSecurityGroup(client: VpcBaseClient, input: DescribeDBInstancesWithSecurityGroupRequest, options?: VpcCallOptions): Promise<DescribeDBInstancesWithSecurityGroupResponse>;
