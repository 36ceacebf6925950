import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateRoutesRequest, CreateRoutesResponse } from "../types.js";
/**
 * 创建路由策略
 *
 * 本接口(CreateRoutes)用于创建路由策略。
 * - 向指定路由表批量新增路由策略。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateRoutesErrorCode}.
 */
export declare function createRoutes(client: VpcBaseClient, input: CreateRoutesRequest, options?: VpcCallOptions): Promise<CreateRoutesResponse>;
