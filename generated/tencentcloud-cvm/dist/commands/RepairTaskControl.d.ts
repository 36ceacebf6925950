import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { RepairTaskControlRequest, RepairTaskControlResponse } from "../types.js";
/**
 * 管理维修任务
 *
 * 本接口（RepairTaskControl）用于对待授权状态的维修任务进行授权操作。仅当任务状态处于待授权状态时，可通过此接口对待授权的维修任务进行授权。调用时需指定产品类型、实例ID、维修任务ID、操作类型。可授权立即处理，或提前预约计划维护时间之前的指定时间进行处理（预约时间需晚于当前时间至少5分钟，且在48小时之内）。针对不同类型的维修任务，提供的可选授权处理策略可参见 维修任务类型与处理策略。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RepairTaskControlErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RepairTaskControl | API Explorer: call RepairTaskControl online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.repairTaskControl({
 *   Product: "CVM",
 *   InstanceIds: ["ins-xxxxxxxx"],
 *   TaskId: "rep-xxxxxxxx",
 *   Operate: "AuthorizeRepair",
 * });
 * console.log(res);
 */
export declare function repairTaskControl(client: CvmBaseClient, input: RepairTaskControlRequest, options?: CvmCallOptions): Promise<RepairTaskControlResponse>;
