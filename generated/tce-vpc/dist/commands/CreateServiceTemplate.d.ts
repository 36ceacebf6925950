import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateServiceTemplateRequest, CreateServiceTemplateResponse } from "../types.js";
/**
 * 创建协议端口模板
 *
 * 本接口 (CreateServiceTemplate) 用于创建协议端口模板
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateServiceTemplateErrorCode}.
 */
export declare function createServiceTemplate(client: VpcBaseClient, input: CreateServiceTemplateRequest, options?: VpcCallOptions): Promise<CreateServiceTemplateResponse>;
