import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ResetRoutesRequest, ResetRoutesResponse } from "../types.js";
/**
 * 重置路由表名称和路由策略
 *
 * 本接口 (ResetRoutes) 用于对某个路由表名称和所有路由策略 (Route) 进行重新设置。
 * 注意: 调用本接口是先删除当前路由表中所有路由策略, 再保存新提交的路由策略内容, 会引起网络中断。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ResetRoutesErrorCode}.
 */
export declare function resetRoutes(client: VpcBaseClient, input: ResetRoutesRequest, options?: VpcCallOptions): Promise<ResetRoutesResponse>;
