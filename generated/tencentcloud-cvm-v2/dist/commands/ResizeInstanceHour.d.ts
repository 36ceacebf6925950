import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ResizeInstanceHourRequest, ResizeInstanceHourResponse } from "../types.js";
/**
 * 调整实例配置（按量计费）
 *
 * 本接口 (ResizeInstanceHour) 用于调整指定实例的配置，包括 CPU、内存、数据盘。只能对预付费用户的按量计费实例进行调整，如需调整包年包月实例可以使用 ResizeInstance  API。只能对已关机的实例进行配置升级操作。只支持拥有云硬盘系统的实例升级。不支持正在挂载弹性云硬盘的实例。暂不支持降级。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResizeInstanceHourErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.resizeInstanceHour({
 *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
 *   mem: 2,
 * });
 * console.log(res);
 */
export declare function resizeInstanceHour(client: CvmV2BaseClient, input: ResizeInstanceHourRequest, options?: CvmV2CallOptions): Promise<ResizeInstanceHourResponse>;
