import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteIp6TranslatorsRequest, DeleteIp6TranslatorsResponse } from "../types.js";
/**
 * 释放IPV6转换实例
 *
 * 1. 该接口用于释放IPV6转换实例,支持批量。
 * 2. 如果IPV6转换实例建立有转换规则,会一并删除。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteIp6TranslatorsErrorCode}.
 */
export declare function deleteIp6Translators(client: VpcBaseClient, input: DeleteIp6TranslatorsRequest, options?: VpcCallOptions): Promise<DeleteIp6TranslatorsResponse>;
