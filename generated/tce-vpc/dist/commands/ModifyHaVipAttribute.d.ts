import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyHaVipAttributeRequest, ModifyHaVipAttributeResponse } from "../types.js";
/**
 * 修改HAVIP属性
 *
 * 本接口 (ModifyHaVipAttribute) 用于修改高可用虚拟IP (HAVIP) 属性
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyHaVipAttributeErrorCode}.
 */
export declare function modifyHaVipAttribute(client: VpcBaseClient, input: ModifyHaVipAttributeRequest, options?: VpcCallOptions): Promise<ModifyHaVipAttributeResponse>;
