import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ResetInstancePasswordRequest, ResetInstancePasswordResponse } from "../types.js";
/**
 * 重置密码
 *
 * 本接口 (ResetInstancePassword) 用于将实例操作系统的密码重置为用户指定的值。参见： 批量异步任务接口返回格式 。只修改管理员账号的密码；实例的操作系统不同，管理员账号也会不一样(Windows 为 Administrator；Ubuntu 为 ubuntu；其它系统为 root)。支持批量操作，以将多个 CVM 实例修改为相同的密码。只有处于关机状态的实例才允许执行重置密码操作。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetInstancePasswordErrorCode}.
 */
export declare function resetInstancePassword(client: CvmV2BaseClient, input: ResetInstancePasswordRequest, options?: CvmV2CallOptions): Promise<ResetInstancePasswordResponse>;
