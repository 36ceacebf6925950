import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { ModifyIp6TranslatorRequest, ModifyIp6TranslatorResponse } from "../types.js";
/**
 * 修改IP6转换实例属性
 *
 * 该接口用于修改IP6转换实例属性, 当前仅支持修改实例名称。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口既验签名又鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ModifyIp6TranslatorErrorCode}.
 */
export declare function modifyIp6Translator(client: VpcBaseClient, input: ModifyIp6TranslatorRequest, options?: VpcCallOptions): Promise<ModifyIp6TranslatorResponse>;
