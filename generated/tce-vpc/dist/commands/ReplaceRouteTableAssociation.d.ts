import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ReplaceRouteTableAssociationRequest, ReplaceRouteTableAssociationResponse } from "../types.js";
/**
 * 替换路由表绑定关系
 *
 * 本接口 (ReplaceRouteTableAssociation) 用于修改子网 (Subnet) 关联的路由表 (RouteTable)。
 * - 一个子网只能关联一个路由表。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReplaceRouteTableAssociationErrorCode}.
 */
export declare function replaceRouteTableAssociation(client: VpcBaseClient, input: ReplaceRouteTableAssociationRequest, options?: VpcCallOptions): Promise<ReplaceRouteTableAssociationResponse>;
