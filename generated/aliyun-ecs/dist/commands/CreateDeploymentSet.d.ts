import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateDeploymentSetRequest, CreateDeploymentSetResponse } from "../types.js";
/**
 * 创建一个部署集
 *
 * 创建一个部署集，可以将 ECS 实例指定在某个部署集中。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateDeploymentSetErrorCode}.
 */
export declare function createDeploymentSet(client: EcsBaseClient, input: CreateDeploymentSetRequest, options?: EcsCallOptions): Promise<CreateDeploymentSetResponse>;
