import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyVpcAttributeRequest, ModifyVpcAttributeResponse } from "../types.js";
/**
 * 修改VPC属性
 *
 * 本接口 (ModifyVpcAttribute) 用于修改私有网络 (VPC) 的相关属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyVpcAttributeErrorCode}.
 */
export declare function modifyVpcAttribute(client: VpcBaseClient, input: ModifyVpcAttributeRequest, options?: VpcCallOptions): Promise<ModifyVpcAttributeResponse>;
