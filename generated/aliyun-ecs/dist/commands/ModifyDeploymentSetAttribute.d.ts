import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { ModifyDeploymentSetAttributeRequest, ModifyDeploymentSetAttributeResponse } from "../types.js";
/**
 * 修改部署集的属性
 *
 * 修改部署集的属性。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyDeploymentSetAttributeErrorCode}.
 */
export declare function modifyDeploymentSetAttribute(client: EcsBaseClient, input: ModifyDeploymentSetAttributeRequest, options?: EcsCallOptions): Promise<ModifyDeploymentSetAttributeResponse>;
