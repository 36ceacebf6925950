import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeDeploymentSetsRequest, DescribeDeploymentSetsResponse } from "../types.js";
/**
 * 查询部署集列表
 *
 * 查询部署集列表。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDeploymentSetsErrorCode}.
 */
export declare function describeDeploymentSets(client: EcsBaseClient, input: DescribeDeploymentSetsRequest, options?: EcsCallOptions): Promise<DescribeDeploymentSetsResponse>;
