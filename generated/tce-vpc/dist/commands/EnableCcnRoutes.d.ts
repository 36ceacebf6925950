import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { EnableCcnRoutesRequest, EnableCcnRoutesResponse } from "../types.js";
/**
 * 启用云联网路由
 *
 * 本接口 (EnableCcnRoutes) 用于启用已经加入云联网 (CCN) 的路由。
 * 本接口会校验启用后, 是否与已有路由冲突, 如果冲突, 则无法启用, 失败处理。路由冲突时, 需要先禁用与之冲突的路由, 才能启用该路由。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link EnableCcnRoutesErrorCode}.
 */
export declare function enableCcnRoutes(client: VpcBaseClient, input: EnableCcnRoutesRequest, options?: VpcCallOptions): Promise<EnableCcnRoutesResponse>;
