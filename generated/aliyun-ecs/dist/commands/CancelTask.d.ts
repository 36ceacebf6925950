import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CancelTaskRequest, CancelTaskResponse } from "../types.js";
/**
 * 正在运行的任务可以通过该接口取消
 *
 * 正在运行的任务可以通过该接口取消。
 * 该接口支持取消的任务类型如下：
 * - ImportImage
 * - ExportImage
 * - ImportSnapshot
 * - ExportSnapshot
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CancelTaskErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.cancelTask({
 *   RegionId: "cn-hangzhou",
 *   TaskId: "t-23ym6****",
 * });
 * console.log(res);
 */
export declare function cancelTask(client: EcsBaseClient, input: CancelTaskRequest, options?: EcsCallOptions): Promise<CancelTaskResponse>;
