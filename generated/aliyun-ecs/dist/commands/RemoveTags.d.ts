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
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function removeTags(client: EcsBaseClient, input: RemoveTagsRequest, options?: EcsCallOptions): Promise<RemoveTagsResponse>;
