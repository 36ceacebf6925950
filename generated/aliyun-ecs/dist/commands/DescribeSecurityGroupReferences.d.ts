import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeSecurityGroupReferencesRequest, DescribeSecurityGroupReferencesResponse } from "../types.js";
/**
 * 查询某个安全组和其他哪些安全组有安全组级别的授权行为
 *
 * 查询某个安全组和其他哪些安全组有安全组级别的授权行为。
 * 调用该接口时，您需要注意：
 * - 授权行为包括入方向授权和出方向授权。
 * - 该接口单次最多返回 100 条记录。
 * - 当您无法删除某一安全组时，可以调用该接口查看指定的安全组是否已被其他安全组授权。如果指定的安全组已被授权，您需要在删除该安全组之前解除授权行为。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupReferencesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeSecurityGroupReferences({
 *   RegionId: "cn-hangzhou",
 *   SecurityGroupId: ["sg-11****"],
 * });
 * console.log(res);
 */
export declare function describeSecurityGroupReferences(client: EcsBaseClient, input: DescribeSecurityGroupReferencesRequest, options?: EcsCallOptions): Promise<DescribeSecurityGroupReferencesResponse>;
