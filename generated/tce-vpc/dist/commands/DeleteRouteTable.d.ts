import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteRouteTableRequest, DeleteRouteTableResponse } from "../types.js";
/**
 * 删除路由表
 *
 * 删除路由表
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteRouteTableErrorCode}.
 */
export declare function deleteRouteTable(client: VpcBaseClient, input: DeleteRouteTableRequest, options?: VpcCallOptions): Promise<DeleteRouteTableResponse>;
