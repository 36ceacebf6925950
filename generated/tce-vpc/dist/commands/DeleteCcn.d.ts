import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteCcnRequest, DeleteCcnResponse } from "../types.js";
/**
 * 删除CCN
 *
 * 本接口 (DeleteCcn) 用于删除云联网。
 * - 删除后, 云联网关联的所有实例间路由将被删除, 网络将会中断, 请务必确认
 * - 删除云联网是不可逆的操作, 请谨慎处理。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteCcnErrorCode}.
 */
export declare function deleteCcn(client: VpcBaseClient, input: DeleteCcnRequest, options?: VpcCallOptions): Promise<DeleteCcnResponse>;
