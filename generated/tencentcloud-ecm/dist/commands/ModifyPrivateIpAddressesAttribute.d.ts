import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { ModifyPrivateIpAddressesAttributeRequest, ModifyPrivateIpAddressesAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡内网IP信息
 *
 * 用于修改弹性网卡内网IP属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyPrivateIpAddressesAttributeErrorCode}.
 * @see spec/sources/tencentcloud-ecm-2019-07-19.txt
 */
export declare function modifyPrivateIpAddressesAttribute(client: EcmBaseClient, input: ModifyPrivateIpAddressesAttributeRequest, options?: EcmCallOptions): Promise<ModifyPrivateIpAddressesAttributeResponse>;
