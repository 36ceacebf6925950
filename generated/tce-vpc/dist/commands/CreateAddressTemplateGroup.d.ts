import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateAddressTemplateGroupRequest, CreateAddressTemplateGroupResponse } from "../types.js";
/**
 * 创建IP地址模版集合
 *
 * 本接口 (CreateAddressTemplateGroup) 用于创建IP地址模版集合
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateAddressTemplateGroupErrorCode}.
 */
export declare function createAddressTemplateGroup(client: VpcBaseClient, input: CreateAddressTemplateGroupRequest, options?: VpcCallOptions): Promise<CreateAddressTemplateGroupResponse>;
