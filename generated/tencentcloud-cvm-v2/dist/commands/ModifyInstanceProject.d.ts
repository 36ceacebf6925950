import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ModifyInstanceProjectRequest, ModifyInstanceProjectResponse } from "../types.js";
/**
 * 修改实例所属项目
 *
 * 本接口 (ModifyInstanceProject) 用于修改实例所属项目：项目为一个虚拟概念，用户可以在一个账户下面建立多个项目，每个项目中管理不同的资源。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyInstanceProjectErrorCode}.
 */
export declare function modifyInstanceProject(client: CvmV2BaseClient, input: ModifyInstanceProjectRequest, options?: CvmV2CallOptions): Promise<ModifyInstanceProjectResponse>;
