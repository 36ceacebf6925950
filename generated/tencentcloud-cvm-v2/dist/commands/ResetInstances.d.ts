import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ResetInstancesRequest, ResetInstancesResponse } from "../types.js";
/**
 * 重装系统
 *
 * 本接口 (ResetInstances) 用于将重装指定实例上的操作系统。如果用户指定了镜像 ID，则使用用户指定的镜像重装；如果用户未指定，则按照当前实例使用的镜像进行重装。系统盘将会被格式化，并重置；确保系统盘中无重要文件。Linux 和 Windows 系统互相切换时，该实例系统盘 ID 将发生变化，系统盘关联快照将无法回滚、恢复数据。密码不指定将会通过站内信下发随机密码。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancesErrorCode}.
 */
export declare function resetInstances(client: CvmV2BaseClient, input: ResetInstancesRequest, options?: CvmV2CallOptions): Promise<ResetInstancesResponse>;
