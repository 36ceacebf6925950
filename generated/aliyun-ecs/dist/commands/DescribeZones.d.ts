import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeZonesRequest, DescribeZonesResponse } from "../types.js";
/**
 * 查询可用区
 *
 * 查询可用区。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeZones({
 *   RegionId: "cn-hangzhou",
 * });
 * console.log(res);
 */
export declare function describeZones(client: EcsBaseClient, input: DescribeZonesRequest, options?: EcsCallOptions): Promise<DescribeZonesResponse>;
