import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteAddressTemplateRequest, DeleteAddressTemplateResponse } from "../types.js";
/**
 * 删除IP地址模板
 *
 * 本接口 (DeleteAddressTemplate) 用于删除IP地址模板
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteAddressTemplateErrorCode}.
 */
export declare function deleteAddressTemplate(client: VpcBaseClient, input: DeleteAddressTemplateRequest, options?: VpcCallOptions): Promise<DeleteAddressTemplateResponse>;
