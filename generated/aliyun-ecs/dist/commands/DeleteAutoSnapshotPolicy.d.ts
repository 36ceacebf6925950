import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteAutoSnapshotPolicyRequest, DeleteAutoSnapshotPolicyResponse } from "../types.js";
/**
 * 删除一条自动快照策略
 *
 * 删除一条自动快照策略。
 * 调用该接口，请注意：
 * 如果当前预释放的自动快照策略已经在磁盘上执行，释放自动快照策略后这些磁盘取消执行该策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteAutoSnapshotPolicyErrorCode}.
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.deleteAutoSnapshotPolicy({
 *   AutoSnapshotPolicyId: "p-233e6****",
 * });
 * console.log(res);
 */
export declare function deleteAutoSnapshotPolicy(client: EcsBaseClient, input: DeleteAutoSnapshotPolicyRequest, options?: EcsCallOptions): Promise<DeleteAutoSnapshotPolicyResponse>;
