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
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function modifyAutoSnapshotPolicyEx(client: EcsBaseClient, input: ModifyAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<ModifyAutoSnapshotPolicyExResponse>;
