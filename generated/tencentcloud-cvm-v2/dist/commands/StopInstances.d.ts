import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { StopInstancesRequest, StopInstancesResponse } from "../types.js";
/**
 * 关闭实例
 *
 * 本接口 (StopInstances) 用于关闭一个或者多个实例。参见： 批量异步任务接口返回格式只有处于运行状态的实例才能停止，处于其他状态的实例关机将返回错误信息。实例中正在运行的某些应用程序可能会导致普通关机失败，可以添加 forceStop 参数以允许 API 在关机失败后采用强制关机策略，默认不会强制关机。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
 */
export declare function stopInstances(client: CvmV2BaseClient, input: StopInstancesRequest, options?: CvmV2CallOptions): Promise<StopInstancesResponse>;
