import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateIp6TranslatorsRequest, CreateIp6TranslatorsResponse } from "../types.js";
/**
 * 创建IPV6转换IPV4实例
 *
 * 1. 该接口用于创建IPV6转换IPV4实例, 支持批量
 * 2. 同一个账户在一个地域最多允许创建10个转换实例
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateIp6TranslatorsErrorCode}.
 */
export declare function createIp6Translators(client: VpcBaseClient, input: CreateIp6TranslatorsRequest, options?: VpcCallOptions): Promise<CreateIp6TranslatorsResponse>;
