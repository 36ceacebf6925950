import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateAutoSnapshotPolicyRequest, CreateAutoSnapshotPolicyResponse } from "../types.js";
/**
 * 创建一条自动快照策略
 *
 * 创建一条自动快照策略。
 * 调用该接口，请知悉以下内容：
 * - 创建的自动快照策略可以应用到任意磁盘。
 * - 已创建的自动快照策略可以进行修改操作。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateAutoSnapshotPolicyErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.createAutoSnapshotPolicy({
 *   SettingTimePoints: "[ \"0\" , \"11 \" , \"21 \" ]",
 *   SettingRepeatWeekdays: "[ \"1\" , \"2\" , \"4\" , \"7\" ]",
 *   RetentionDays: 30,
 * });
 * console.log(res);
 */
export declare function createAutoSnapshotPolicy(client: EcsBaseClient, input: CreateAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<CreateAutoSnapshotPolicyResponse>;
