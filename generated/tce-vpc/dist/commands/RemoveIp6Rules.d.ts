import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { RemoveIp6RulesRequest, RemoveIp6RulesResponse } from "../types.js";
/**
 * 删除IPV6转换规则
 *
 * 1. 该接口用于删除IPV6转换规则
 * 2. 支持批量删除同一个转换实例下的多个转换规则
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link RemoveIp6RulesErrorCode}.
 */
export declare function removeIp6Rules(client: VpcBaseClient, input: RemoveIp6RulesRequest, options?: VpcCallOptions): Promise<RemoveIp6RulesResponse>;
