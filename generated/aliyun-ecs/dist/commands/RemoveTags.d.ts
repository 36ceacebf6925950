import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { RemoveTagsRequest, RemoveTagsResponse } from "../types.js";
/**
 * 解绑标签
 *
 * 可以指定 ResourceId 解绑某一个实例、磁盘、快照、镜像、安全组上的 Tag。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RemoveTagsErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.removeTags({
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
export declare function removeTags(client: EcsBaseClient, input: RemoveTagsRequest, options?: EcsCallOptions): Promise<RemoveTagsResponse>;
