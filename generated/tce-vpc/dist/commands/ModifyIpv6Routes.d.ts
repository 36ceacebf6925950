import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyIpv6RoutesRequest, ModifyIpv6RoutesResponse } from "../types.js";
/**
 * 修改IPv6路由规则
 *
 * 修改IPv6路由规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIpv6RoutesErrorCode}.
 */
export declare function modifyIpv6Routes(client: VpcBaseClient, input: ModifyIpv6RoutesRequest, options?: VpcCallOptions): Promise<ModifyIpv6RoutesResponse>;
