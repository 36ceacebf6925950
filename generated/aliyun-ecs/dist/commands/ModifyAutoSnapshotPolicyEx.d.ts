import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyAutoSnapshotPolicyExRequest, ModifyAutoSnapshotPolicyExResponse } from "../types.js";
/**
 * 修改一条自动快照策略
 *
 * 修改一条自动快照策略。
 * 调用该接口时，请注意：
 * 修改自动快照策略后，之前已执行该策略的磁盘随即执行修改后的自动快照策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAutoSnapshotPolicyExErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.modifyAutoSnapshotPolicyEx({
 *   AutoSnapshotPolicyId: "p-233e6****",
 *   SettingTimePoints: "[\"0\", \"11\", \"21\"]",
 *   SettingRepeatWeekdays: "[\"1\", \"2\", \"4\", \"7\"]",
 *   RetentionDays: 30,
 * });
 * console.log(res);
 */
export declare function modifyAutoSnapshotPolicyEx(client: EcsBaseClient, input: ModifyAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<ModifyAutoSnapshotPolicyExResponse>;
