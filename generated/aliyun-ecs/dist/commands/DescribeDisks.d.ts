import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeDisksRequest, DescribeDisksResponse } from "../types.js";
/**
 * 查询磁盘信息
 *
 * 查询磁盘。
 * 调用该接口，请注意：
 * - 下面的参数中，RegionId、ZoneId、DiskIds、InstanceId 等参数都是过滤器的概念，参数间是逻辑 AND 关系。
 * - 其中 DiskIds 是一个 json 格式的 json Array，如果参数为空，则过滤器不起作用，但是 DiskIds 如果是一个空 json Array（即[]），则视为该过滤器有效，且返回空。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeDisks({
 *   RegionId: "cn-qingdao",
 *   PageNumber: 1,
 *   ZoneId: "cn-qingdao-b",
 * });
 * console.log(res);
 */
export declare function describeDisks(client: EcsBaseClient, input: DescribeDisksRequest, options?: EcsCallOptions): Promise<DescribeDisksResponse>;
