import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CancelCopyImageRequest, CancelCopyImageResponse } from "../types.js";
/**
 * 取消复制镜像
 *
 * 取消正在复制的镜像任务，取消后的镜像会自动删除。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CancelCopyImageErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.cancelCopyImage({
 *   RegionId: "cn-hangzhou",
 *   ImageId: "img-2012-12-01****",
 * });
 * console.log(res);
 */
export declare function cancelCopyImage(client: EcsBaseClient, input: CancelCopyImageRequest, options?: EcsCallOptions): Promise<CancelCopyImageResponse>;
