import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyAddressAttributeRequest, ModifyAddressAttributeResponse } from "../types.js";
/**
 * 修改弹性公网IP属性
 *
 * 本接口 (ModifyAddressAttribute) 用于修改弹性公网IP (简称 EIP) 的名称。
 *
 * Default rate limit: 10 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyAddressAttributeErrorCode}.
 */
export declare function modifyAddressAttribute(client: VpcBaseClient, input: ModifyAddressAttributeRequest, options?: VpcCallOptions): Promise<ModifyAddressAttributeResponse>;
