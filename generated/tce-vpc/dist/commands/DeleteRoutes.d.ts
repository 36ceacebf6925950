import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteRoutesRequest, DeleteRoutesResponse } from "../types.js";
/**
 * 删除路由策略
 *
 * 本接口>DeleteRoutes)用于对某个路由表批量删除路由策略 (Route)。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteRoutesErrorCode}.
 */
export declare function deleteRoutes(client: VpcBaseClient, input: DeleteRoutesRequest, options?: VpcCallOptions): Promise<DeleteRoutesResponse>;
