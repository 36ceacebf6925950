import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteIpv6RoutesRequest, DeleteIpv6RoutesResponse } from "../types.js";
/**
 * 删除路由表的IPv6路由规则
 *
 * 删除路由表的IPv6路由规则。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteIpv6RoutesErrorCode}.
 */
export declare function deleteIpv6Routes(client: VpcBaseClient, input: DeleteIpv6RoutesRequest, options?: VpcCallOptions): Promise<DeleteIpv6RoutesResponse>;
