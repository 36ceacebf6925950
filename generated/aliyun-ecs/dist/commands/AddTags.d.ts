import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { AddTagsRequest, AddTagsResponse } from "../types.js";
/**
 * 绑定标签
 *
 * 调用该接口时，请注意：
 * - Tag 容许被创建在 ECS 的实例、磁盘、快照、镜像、安全组上。
 * - 每个资源最多可以绑定 10 个 Tag。
 * - 如果要绑定 Tag 的 Key 在指定的资源上已经存在，则覆盖 Value。
 * - Tag.n.Key 与 Tag.n.Value 必须一一匹配。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AddTagsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.addTags({
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
export declare function addTags(client: EcsBaseClient, input: AddTagsRequest, options?: EcsCallOptions): Promise<AddTagsResponse>;
