import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyCcnAttributeRequest, ModifyCcnAttributeResponse } from "../types.js";
/**
 * 修改CCN属性
 *
 * 本接口 (ModifyCcnAttribute) 用于修改云联网 (CCN) 的相关属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyCcnAttributeErrorCode}.
 */
export declare function modifyCcnAttribute(client: VpcBaseClient, input: ModifyCcnAttributeRequest, options?: VpcCallOptions): Promise<ModifyCcnAttributeResponse>;
