import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeSecurityGroupAttributeRequest, DescribeSecurityGroupAttributeResponse } from "../types.js";
/**
 * 查询安全组详情，包括安全权限控制
 *
 * 查询安全组详情，包括安全权限控制。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupAttributeErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeSecurityGroupAttribute({
 *   SecurityGroupId: "sg-F876F****",
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeSecurityGroupAttribute(client: EcsBaseClient, input: DescribeSecurityGroupAttributeRequest, options?: EcsCallOptions): Promise<DescribeSecurityGroupAttributeResponse>;
