import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { StartInstancesRequest, StartInstancesResponse } from "../types.js";
/**
 * 启动实例
 *
 * 本接口 (StartInstances) 用于启动一个或者多个实例。参见： 批量异步任务接口返回格式简单传递 instanceId 即可；支持批量。处于关机状态的实例才能启动，处于其他状态的实例进行启动将返回错误信息。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
 */
export declare function startInstances(client: CvmV2BaseClient, input: StartInstancesRequest, options?: CvmV2CallOptions): Promise<StartInstancesResponse>;
