import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteImageRequest, DeleteImageResponse } from "../types.js";
/**
 * 删除指定的用户自定义镜像
 *
 * 删除指定的用户自定义镜像。镜像删除之后将不能再用于创建、重置ECS实例。
 * 调用该接口时，请注意：
 * 如果指定的镜像不存在，则请求将被忽略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.deleteImage({
 *   RegionId: "cn-hangzhou",
 *   ImageId: "m-63DFD****",
 * });
 * console.log(res);
 */
export declare function deleteImage(client: EcsBaseClient, input: DeleteImageRequest, options?: EcsCallOptions): Promise<DeleteImageResponse>;
