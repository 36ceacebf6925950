import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ApplyAutoSnapshotPolicyRequest, ApplyAutoSnapshotPolicyResponse } from "../types.js";
/**
 * 为磁盘执行自动快照策略
 *
 * 为磁盘执行自动快照策略。
 * 调用该接口时，请注意：
 * - 一个磁盘只能执行一条自动快照策略，已拥有自动快照策略的情况下再进行执行操作视为修改当前执行的自动快照策略。
 * - 可同时对多个磁盘执行同一条自动快照策略。
 * - 对多个磁盘执行同一条自动快照策略时，不能保证这些磁盘的快照数据处于同一个时间点，即无法保证他们是并行快照。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ApplyAutoSnapshotPolicyErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.applyAutoSnapshotPolicy({
 *   Snapshots: "[ \"d-233e6****\", \"d-23vbp****\", \"d-23vas****\" ]",
 * });
 * console.log(res);
 */
export declare function applyAutoSnapshotPolicy(client: EcsBaseClient, input: ApplyAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<ApplyAutoSnapshotPolicyResponse>;
