import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeAutoSnapshotPolicyExRequest, DescribeAutoSnapshotPolicyExResponse } from "../types.js";
/**
 * 查询自动快照策略
 *
 * 查询自动快照策略。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeAutoSnapshotPolicyExErrorCode}.
 * @see spec/sources/aliyun-apsara-ecs-2014-05-26.txt
 */
export declare function describeAutoSnapshotPolicyEx(client: EcsBaseClient, input: DescribeAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<DescribeAutoSnapshotPolicyExResponse>;
