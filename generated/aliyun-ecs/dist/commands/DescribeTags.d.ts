import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeTagsRequest, DescribeTagsResponse } from "../types.js";
/**
 * 查询标签
 *
 * 调用该接口时，请注意：
 * - 容许根据资源类型、资源 ID、Tag-Key、Tag-Value 等条件查询所有符合条件的 Tags。
 * - 指定的条件为 AND 关系，只有指定的所有条件都满足的 TagSetItem 才会被返回。
 * - 如果指定了 Tag-Key 但没有指定 Tag-Value，就查询所有该 Tag-Key 关联的 Tag。
 * - 如果指定了 Tag-Key/Tag-Value 对，就查询精确匹配该 Tag-Key/Tag-Value 对的 Tag。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeTagsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeTags({
 *   ResourceId: "s-946nt****",
 *   ResourceType: "snapshot",
 *   RegionId: "cn-shenzhen",
 *   Tag: [
 *     {
 *       Key: "test",
 *       Value: "api",
 *     },
 *   ],
 * });
 * console.log(res);
 */
export declare function describeTags(client: EcsBaseClient, input: DescribeTagsRequest, options?: EcsCallOptions): Promise<DescribeTagsResponse>;
