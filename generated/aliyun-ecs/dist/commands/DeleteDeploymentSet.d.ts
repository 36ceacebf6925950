import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { DeleteDeploymentSetRequest, DeleteDeploymentSetResponse } from "../types.js";
/**
 * 删除一个部署集
 *
 * 删除一个部署集。
 * 调用该接口时，请注意：只有当一个 DeploymentSet 中没有实例时，才能删除。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteDeploymentSetErrorCode}.
 */
export declare function deleteDeploymentSet(client: EcsBaseClient, input: DeleteDeploymentSetRequest, options?: EcsCallOptions): Promise<DeleteDeploymentSetResponse>;
