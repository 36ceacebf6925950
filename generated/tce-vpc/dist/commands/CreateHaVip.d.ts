import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateHaVipRequest, CreateHaVipResponse } from "../types.js";
/**
 * 创建HAVIP
 *
 * 本接口 (CreateHaVip) 用于创建高可用虚拟IP (HAVIP)。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateHaVipErrorCode}.
 */
export declare function createHaVip(client: VpcBaseClient, input: CreateHaVipRequest, options?: VpcCallOptions): Promise<CreateHaVipResponse>;
