import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { RestartInstancesRequest, RestartInstancesResponse } from "../types.js";
/**
 * 重启实例
 *
 * 本接口 (RestartInstances) 用于重启一个或者多个实例。参见： 批量异步任务接口返回格式简单传递 instanceId 即可，支持批量的ID。实例中正在运行的某些应用程序可能会导致普通关机失败，可以添加 forceStop 参数以允许 API 在关机失败后采用强制关机策略，默认不会强制关机。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RestartInstancesErrorCode}.
 */
export declare function restartInstances(client: CvmV2BaseClient, input: RestartInstancesRequest, options?: CvmV2CallOptions): Promise<RestartInstancesResponse>;
