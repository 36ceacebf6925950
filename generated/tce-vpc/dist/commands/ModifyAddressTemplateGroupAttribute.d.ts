import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyAddressTemplateGroupAttributeRequest, ModifyAddressTemplateGroupAttributeResponse } from "../types.js";
/**
 * 修改IP地址模板集合
 *
 * 本接口 (ModifyAddressTemplateGroupAttribute) 用于修改IP地址模板集合
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressTemplateGroupAttributeErrorCode}.
 */
export declare function modifyAddressTemplateGroupAttribute(client: VpcBaseClient, input: ModifyAddressTemplateGroupAttributeRequest, options?: VpcCallOptions): Promise<ModifyAddressTemplateGroupAttributeResponse>;
