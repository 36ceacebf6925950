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
 * @example
 * import { EcsClient } from "@docs2sdk/aliyun-ecs";
 *
 * const client = new EcsClient({ region: "cn-hangzhou" });
 * const res = await client.describeAutoSnapshotPolicyEx({});
 * console.log(res);
 */
export declare function describeAutoSnapshotPolicyEx(client: EcsBaseClient, input: DescribeAutoSnapshotPolicyExRequest, options?: EcsCallOptions): Promise<DescribeAutoSnapshotPolicyExResponse>;
