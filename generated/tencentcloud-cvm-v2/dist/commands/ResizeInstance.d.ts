import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ResizeInstanceRequest, ResizeInstanceResponse } from "../types.js";
/**
 * 调整实例配置（包年包月）
 *
 * 本接口 (ResizeInstance) 用于调整指定实例的配置，包括 CPU、内存、数据盘。只能对已关机的实例进行调整配置操作。此接口目前只支持系统盘是云硬盘的实例。不支持挂载了弹性云硬盘的实例。本接口只能对包年包月实例进行调整，如需调整按量计费请参见 ResizeInstanceHour 。暂不支持配置降级。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResizeInstanceErrorCode}.
 */
export declare function resizeInstance(client: CvmV2BaseClient, input: ResizeInstanceRequest, options?: CvmV2CallOptions): Promise<ResizeInstanceResponse>;
