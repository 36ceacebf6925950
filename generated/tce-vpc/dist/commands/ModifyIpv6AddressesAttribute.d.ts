import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyIpv6AddressesAttributeRequest, ModifyIpv6AddressesAttributeResponse } from "../types.js";
/**
 * 修改弹性网卡IPv6地址属性
 *
 * 本接口 (ModifyIpv6AddressesAttribute) 用于修改弹性网卡内网IPv6地址属性。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6AddressesAttributeErrorCode}.
 */
export declare function modifyIpv6AddressesAttribute(client: VpcBaseClient, input: ModifyIpv6AddressesAttributeRequest, options?: VpcCallOptions): Promise<ModifyIpv6AddressesAttributeResponse>;
