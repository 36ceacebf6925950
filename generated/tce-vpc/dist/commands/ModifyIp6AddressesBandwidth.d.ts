import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyIp6AddressesBandwidthRequest, ModifyIp6AddressesBandwidthResponse } from "../types.js";
/**
 * 修改IPV6访问internet的带宽
 *
 * 该接口用于修改IPV6地址访问internet的带宽
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIp6AddressesBandwidthErrorCode}.
 */
export declare function modifyIp6AddressesBandwidth(client: VpcBaseClient, input: ModifyIp6AddressesBandwidthRequest, options?: VpcCallOptions): Promise<ModifyIp6AddressesBandwidthResponse>;
