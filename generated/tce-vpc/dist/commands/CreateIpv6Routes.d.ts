import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateIpv6RoutesRequest, CreateIpv6RoutesResponse } from "../types.js";
/**
 * 用户创建IPv6路由
 *
 * 用户创建IPv6路由。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateIpv6RoutesErrorCode}.
 */
export declare function createIpv6Routes(client: VpcBaseClient, input: CreateIpv6RoutesRequest, options?: VpcCallOptions): Promise<CreateIpv6RoutesResponse>;
