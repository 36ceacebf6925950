import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DescribeCcnRoutesRequest, DescribeCcnRoutesResponse } from "../types.js";
/**
 * 查询云联网路由策略
 *
 * 本接口 (DescribeCcnRoutes) 用于查询已加入云联网 (CCN) 的路由
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DescribeCcnRoutesErrorCode}.
 */
export declare function describeCcnRoutes(client: VpcBaseClient, input: DescribeCcnRoutesRequest, options?: VpcCallOptions): Promise<DescribeCcnRoutesResponse>;
