import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DescribeDeploymentSetTopologyRequest, DescribeDeploymentSetTopologyResponse } from "../types.js";
/**
 * 用于获取部署集物理拓扑结构
 *
 * 用于获取部署集物理拓扑结构。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeDeploymentSetTopologyErrorCode}.
 */
export declare function describeDeploymentSetTopology(client: EcsBaseClient, input: DescribeDeploymentSetTopologyRequest, options?: EcsCallOptions): Promise<DescribeDeploymentSetTopologyResponse>;
