import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteHaVipRequest, DeleteHaVipResponse } from "../types.js";
/**
 * 删除HAVIP
 *
 * 本接口 (DeleteHaVip) 用于删除高可用虚拟IP (HAVIP)本接口是异步完成，如需查询异步任务执行结果，请使用本接口返回的 RequestId 轮询 QueryTask 接口
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteHaVipErrorCode}.
 */
export declare function deleteHaVip(client: VpcBaseClient, input: DeleteHaVipRequest, options?: VpcCallOptions): Promise<DeleteHaVipResponse>;
