import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse } from "../types.js";
/**
 * 查看弹性网卡（ENI）列表
 *
 * 查看弹性网卡（ENI）列表。
 * 调用该接口时，请注意：
 * - 通过指定属性值对结果进行过滤。
 * - 不指定属性值就不对该属性进行过滤，返回所有类目结果。
 * - 一次最多查看 100 个弹性网卡。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeNetworkInterfaces({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeNetworkInterfaces(client: EcsBaseClient, input: DescribeNetworkInterfacesRequest, options?: EcsCallOptions): Promise<DescribeNetworkInterfacesResponse>;
