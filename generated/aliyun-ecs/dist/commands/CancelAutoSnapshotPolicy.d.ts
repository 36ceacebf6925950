import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CancelAutoSnapshotPolicyRequest, CancelAutoSnapshotPolicyResponse } from "../types.js";
/**
 * 为应用了自动快照策略的磁盘取消自动快照策略
 *
 * 为应用了自动快照策略的磁盘取消自动快照策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CancelAutoSnapshotPolicyErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function cancelAutoSnapshotPolicy(client: EcsBaseClient, input: CancelAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<CancelAutoSnapshotPolicyResponse>;
