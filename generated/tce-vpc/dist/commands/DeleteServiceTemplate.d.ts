import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteServiceTemplateRequest, DeleteServiceTemplateResponse } from "../types.js";
/**
 * 删除协议端口模板
 *
 * 本接口 (DeleteServiceTemplate) 用于删除协议端口模板
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteServiceTemplateErrorCode}.
 */
export declare function deleteServiceTemplate(client: VpcBaseClient, input: DeleteServiceTemplateRequest, options?: VpcCallOptions): Promise<DeleteServiceTemplateResponse>;
