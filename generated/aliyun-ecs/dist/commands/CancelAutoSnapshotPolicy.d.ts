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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.cancelAutoSnapshotPolicy({
 *   AutoSnapshotPolicyId: "p-233e6****",
 * });
 * console.log(res);
 */
export declare function cancelAutoSnapshotPolicy(client: EcsBaseClient, input: CancelAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<CancelAutoSnapshotPolicyResponse>;
