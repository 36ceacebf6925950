import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { AddIp6RulesRequest, AddIp6RulesResponse } from "../types.js";
/**
 * 添加IPV6转换规则
 *
 * 1. 该接口用于在转换实例下添加IPV6转换规则。
 * 2. 支持在同一个转换实例下批量添加转换规则，一个账户在一个地域最多50个。
 * 3. 一个完整的转换规则包括vip6:vport6:protocol:vip:vport，其中vip6:vport6:protocol必须是唯一。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link AddIp6RulesErrorCode}.
 */
export declare function addIp6Rules(client: VpcBaseClient, input: AddIp6RulesRequest, options?: VpcCallOptions): Promise<AddIp6RulesResponse>;
