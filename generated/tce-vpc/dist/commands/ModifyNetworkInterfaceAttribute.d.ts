import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyNetworkInterfaceAttributeRequest, ModifyNetworkInterfaceAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡
 *
 * 本接口 (ModifyNetworkInterfaceAttribute) 用于修改弹性网卡属性。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyNetworkInterfaceAttributeErrorCode}.
 */
export declare function modifyNetworkInterfaceAttribute(client: VpcBaseClient, input: ModifyNetworkInterfaceAttributeRequest, options?: VpcCallOptions): Promise<ModifyNetworkInterfaceAttributeResponse>;
