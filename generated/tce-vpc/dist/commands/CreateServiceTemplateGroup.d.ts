import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateServiceTemplateGroupRequest, CreateServiceTemplateGroupResponse } from "../types.js";
/**
 * 创建协议端口模板集合
 *
 * 本接口 (CreateServiceTemplateGroup) 用于创建协议端口模板集合
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateServiceTemplateGroupErrorCode}.
 */
export declare function createServiceTemplateGroup(client: VpcBaseClient, input: CreateServiceTemplateGroupRequest, options?: VpcCallOptions): Promise<CreateServiceTemplateGroupResponse>;
